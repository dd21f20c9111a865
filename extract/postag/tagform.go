package postag

// Form maps typographic marks to the Penn Treebank forms the
// tagger was trained on; the token keeps its own text.
func Form(s string) string {
	switch s {
	case "“", "«":
		return "``"
	case "”", "»":
		return "''"
	case "‘":
		return "`"
	case "’":
		return "'"
	case "’s":
		return "'s"
	case "n’t":
		return "n't"
	case "–", "—":
		return "--"
	}
	return s
}
