package pgstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// nodeCols are the columns of Cayley's nodes table that hold a value, in
// the order scanNode reads them.
const nodeCols = `%[1]s.value, %[1]s.value_string, %[1]s.datatype, %[1]s.language, %[1]s.iri, %[1]s.bnode, %[1]s.value_int, %[1]s.value_bool, %[1]s.value_float, %[1]s.value_time`

var scanQuadsSQL = `SELECT ` + fmt.Sprintf(nodeCols, "s") + `, ` + fmt.Sprintf(nodeCols, "p") + `, ` +
	fmt.Sprintf(nodeCols, "o") + `, ` + fmt.Sprintf(nodeCols, "l") + `
FROM quads q
JOIN nodes s ON s.hash = q.subject_hash
JOIN nodes p ON p.hash = q.predicate_hash
JOIN nodes o ON o.hash = q.object_hash
LEFT JOIN nodes l ON l.hash = q.label_hash`

// ScanQuads calls fn with every stored quad, read in one query that joins
// each quad to its four values. Cayley's own iterator reads quad hashes
// and then each value by a query of its own (cached in 1,024 entries), a
// round trip per value on a store of sentences: on 20k quads that took a
// server's index rebuild over ten seconds. The order is the database's.
func (qs *Store) ScanQuads(ctx context.Context, fn func(quad.Quad) error) error {
	rows, err := qs.db.QueryContext(ctx, scanQuadsSQL)
	if err != nil {
		return fmt.Errorf("postgres: read all quads: %w", err)
	}
	defer rows.Close()
	var cols [4]nodeRow
	dest := make([]any, 0, 40)
	for i := range cols {
		dest = append(dest, cols[i].dest()...)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("postgres: read all quads: %w", err)
		}
		var vals [4]quad.Value
		for i := range cols {
			v, err := cols[i].value()
			if err != nil {
				return fmt.Errorf("postgres: read all quads: %w", err)
			}
			vals[i] = v
		}
		if vals[0] == nil || vals[1] == nil || vals[2] == nil {
			return fmt.Errorf("postgres: read all quads: a quad whose subject, predicate or object has no value")
		}
		if err := fn(quad.Quad{Subject: vals[0], Predicate: vals[1], Object: vals[2], Label: vals[3]}); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postgres: read all quads: %w", err)
	}
	return nil
}

// ScanQuads reads the writer's store (a graph.Store's Handle reaches the
// store through its QuadWriter).
func (w *Writer) ScanQuads(ctx context.Context, fn func(quad.Quad) error) error {
	return w.qs.ScanQuads(ctx, fn)
}

// nodeRow is one value's columns of Cayley's nodes table, as stock Cayley
// stores them: a string kind in value_string (flagged IRI or blank node,
// or with a language or datatype), a number, boolean or time in a column
// of its own, anything else protobuf-encoded in value. All NULL: no value
// (a quad without a label).
type nodeRow struct {
	data   []byte
	str    sql.NullString
	typ    sql.NullString
	lang   sql.NullString
	iri    sql.NullBool
	bnode  sql.NullBool
	vint   sql.NullInt64
	vbool  sql.NullBool
	vfloat sql.NullFloat64
	vtime  sql.NullTime
}

func (r *nodeRow) dest() []any {
	return []any{&r.data, &r.str, &r.typ, &r.lang, &r.iri, &r.bnode, &r.vint, &r.vbool, &r.vfloat, &r.vtime}
}

func (r *nodeRow) value() (quad.Value, error) {
	switch {
	case r.str.Valid:
		s := r.str.String
		switch {
		case r.iri.Bool:
			return quad.IRI(s), nil
		case r.bnode.Bool:
			return quad.BNode(s), nil
		case r.lang.Valid:
			return quad.LangString{Value: quad.String(unescapeNul(s)), Lang: r.lang.String}, nil
		case r.typ.Valid:
			return quad.TypedString{Value: quad.String(unescapeNul(s)), Type: quad.IRI(r.typ.String)}, nil
		}
		return quad.String(unescapeNul(s)), nil
	case r.vint.Valid:
		return quad.Int(r.vint.Int64), nil
	case r.vbool.Valid:
		return quad.Bool(r.vbool.Bool), nil
	case r.vfloat.Valid:
		return quad.Float(r.vfloat.Float64), nil
	case r.vtime.Valid:
		return quad.Time(r.vtime.Time.UTC()), nil
	case len(r.data) > 0:
		v, err := pquads.UnmarshalValue(r.data)
		if err != nil {
			return nil, fmt.Errorf("decode a stored value: %w", err)
		}
		return v, nil
	}
	return nil, nil
}

// unescapeNul undoes Cayley's escape of NUL, which a PostgreSQL TEXT
// cannot hold, as the four characters \x00.
func unescapeNul(s string) string { return strings.ReplaceAll(s, `\x00`, "\x00") }
