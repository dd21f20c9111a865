package textseg

import "testing"

func TestDecodeCharRefs(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Lock Marc Vall&#233;e (Dijon) starts.", "Lock Marc Vallée (Dijon) starts."},
		{"a caf&#xE9; in Lyon", "a café in Lyon"},
		{"Canada&#191;s biggest bank", "Canada's biggest bank"},
		{"He said &#191;Qu&#233; pasa?", "He said ¿Qué pasa?"},
		{"it&#146;s over", "it’s over"},
		{"type &lt;b&gt; for bold", "type &lt;b&gt; for bold"},
		{"ends with &#233", "ends with &#233"},
		{"bad &#0; and &#1114112; refs", "bad &#0; and &#1114112; refs"},
		{"no reference here", "no reference here"},
	} {
		if got := decodeCharRefs(c.in); got != c.want {
			t.Errorf("decodeCharRefs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	text, _, err := Decode("x.txt", []byte("Pascal Pap&#233; (Bourgoin)\r\n"))
	if err != nil || text != "Pascal Papé (Bourgoin)\n" {
		t.Errorf("Decode = %q, %v", text, err)
	}
}
