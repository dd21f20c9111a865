package graph

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// The log must hold what Cayley's own writer puts there: the hand
// encoding is compared with pquads' marshaller byte for byte, and read
// back with pquads' reader.
func TestAppendValueIsPquads(t *testing.T) {
	long := strings.Repeat("ß", 200) // a length over one varint byte
	cases := []struct {
		name string
		v    quad.Value
	}{
		{"string", quad.String("Gordon Brown")},
		{"empty string", quad.String("")},
		{"long string", quad.String(long)},
		{"iri", quad.IRI("https://newsgraph.example/entity/person/gordon-brown")},
		{"empty iri", quad.IRI("")},
		{"bnode", quad.BNode("b1")},
		{"typed", DateTime("2005-03-01T00:00:00Z")},
		{"decimal", Decimal(0.75)},
		{"typed empty value", quad.TypedString{Type: XSDDecimal}},
		{"typed empty type", quad.TypedString{Value: "x"}},
		{"typed long", quad.TypedString{Value: quad.String(long), Type: quad.IRI(long)}},
		{"lang", quad.LangString{Value: "Londres", Lang: "fr"}},
		{"lang empty", quad.LangString{}},
		{"int", quad.Int(42)},
		{"int zero", quad.Int(0)},
		{"int negative", quad.Int(-7)},
		{"int max", quad.Int(math.MaxInt64)},
		{"float", quad.Float(2.5)},
		{"float zero", quad.Float(0)},
		{"float negative", quad.Float(-1e-300)},
		{"bool true", quad.Bool(true)},
		{"bool false", quad.Bool(false)},
		{"time", quad.Time(time.Date(2005, 3, 1, 12, 30, 0, 500, time.UTC))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, err := pquads.MarshalValue(c.v)
			if err != nil {
				t.Fatal(err)
			}
			prefix := []byte{0xAA}
			got, err := appendValue(prefix, c.v)
			if err != nil {
				t.Fatal(err)
			}
			if got[0] != 0xAA || !bytes.Equal(got[1:], want) {
				t.Fatalf("appendValue(%#v) = % x, pquads gives % x", c.v, got[1:], want)
			}
			back, err := pquads.UnmarshalValue(got[1:])
			if err != nil {
				t.Fatalf("pquads cannot read % x: %v", got[1:], err)
			}
			if quad.StringOf(back) != quad.StringOf(c.v) {
				t.Fatalf("read back %s, want %s", quad.StringOf(back), quad.StringOf(c.v))
			}
		})
	}
}
