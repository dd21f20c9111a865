package source

import (
	"encoding/json"
	"errors"
	"fmt"
)

// decodeJSONL decodes one record, requiring text or html.
func decodeJSONL(line []byte) (jsonlRecord, error) {
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return rec, fmt.Errorf("not a JSON object: %v", err)
		}
		return rec, fmt.Errorf("bad record: %v", err)
	}
	if rec.Text == "" && rec.HTML == "" {
		return rec, errors.New(`record has neither "text" nor "html"`)
	}
	return rec, nil
}
