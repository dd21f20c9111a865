package main

import (
	"github.com/newsgraph/newsgraph/source"
)

// fetchDefaults are the fetch.* configuration keys, shared by ingest,
// extract and watch; config.yaml documents them.
var fetchDefaults = map[string]any{
	"fetch.user_agent":    source.DefaultUserAgent,
	"fetch.timeout":       source.DefaultTimeout,
	"fetch.max_bytes":     source.DefaultMaxBytes,
	"fetch.max_redirects": source.DefaultMaxRedirects,
	"fetch.retries":       source.DefaultRetries,
	"fetch.backoff":       source.DefaultBackoff,
	"fetch.host_interval": source.DefaultHostInterval,
	"fetch.robots":        true,
}

func declareFetchKeys(app *App) {
	for k, v := range fetchDefaults {
		app.SetDefault(k, v)
	}
}

// Fetcher is the URL fetcher the configuration describes. One per
// command run, so its per-host rate limit and conditional-request memory
// cover the whole run.
func (app *App) Fetcher() *source.Fetcher {
	v := app.V
	f := source.NewFetcher(nil)
	f.UserAgent = v.GetString("fetch.user_agent")
	f.Timeout = v.GetDuration("fetch.timeout")
	f.MaxBytes = v.GetInt64("fetch.max_bytes")
	f.MaxRedirects = v.GetInt("fetch.max_redirects")
	f.Retries = v.GetInt("fetch.retries")
	f.Backoff = v.GetDuration("fetch.backoff")
	f.HostInterval = v.GetDuration("fetch.host_interval")
	f.IgnoreRobots = !v.GetBool("fetch.robots")
	return f
}
