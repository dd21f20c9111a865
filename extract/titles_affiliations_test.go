package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestAffiliations covers a person's party or group given beside the
// name: a possessive, "of"/"from", a seat title, and a band member named
// with "of". Every sentence is invented; each construction has
// negatives (a firm, an agency, a former member, no political word).
func TestAffiliations(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // memberOf facts of the affiliation rules
	}{
		{"possessive of an unknown group in a political sentence",
			"The pro-Moscow camp candidates elected were KPU's Ivan Dorov and Lena Sarik.",
			[]string{"Ivan Dorov memberOf KPU", "Lena Sarik memberOf KPU"}},
		{"possessive of a firm, no political word",
			"Brightcode's Ivan Dorov said sales rose.", nil},
		{"of a party-shaped name needs no cue",
			"Ivan Dorov of the Green Liberal Party said sales rose.",
			[]string{"Ivan Dorov memberOf Green Liberal Party"}},
		{"from a party",
			"Councillors Ivan Dorov from the Farmers Party and Lena Sarik of the Neo Democrats were re-elected.",
			[]string{"Ivan Dorov memberOf Farmers Party", "Lena Sarik memberOf Neo Democrats"}},
		{"a group typed political by one sentence holds in a caption",
			"Ivan Dorov of Zentra\n\nIn the north constituency, Lena Sarik of Zentra was elected.",
			[]string{"Ivan Dorov memberOf Zentra", "Lena Sarik memberOf Zentra"}},
		{"a company in a sentence about an election",
			"Ivan Dorov of Brightcode Corporation said the candidates would hurt sales.", nil},
		{"a newspaper in a sentence about an election",
			"The intrepid Ed Wong of the NYT has more on the boycott of the elections.", nil},
		{"an agency in a sentence about an election",
			"Ivan Dorov of the Electoral Commission said the candidates were fair.", nil},
		{"a former member",
			"Candidates included Ivan Dorov of the former Zentra group.", nil},
		{"a political word in the group's name",
			"The localist candidate Ivan Dorov of the Proletariat Political Institute lost.",
			[]string{"Ivan Dorov memberOf Proletariat Political Institute"}},
		{"a seat title after a group the story calls political",
			"Lena Sarik of Zentra was elected in the north constituency. Zentra councillor Ivan Dorov lost.",
			[]string{"Lena Sarik memberOf Zentra", "Ivan Dorov memberOf Zentra"}},
		{"a seat title alone does not make a group political",
			"The film was made with liberal Somali-Dutch politician Ivan Dorov.", nil},
		{"a firm's spokesman is no member",
			"Brightcode spokesman Ivan Dorov said the anti-Moscow vote was a shock.", nil},
		{"a musician of a band in a music story",
			"The band played a gig. The album sold well. The single was written by guitarist Ivan Dorov of Razorbill.",
			[]string{"Ivan Dorov memberOf Razorbill"}},
		{"a musician of a band outside a music story",
			"The shop was opened by guitarist Ivan Dorov of Razorbill.",
			[]string{"Ivan Dorov memberOf Razorbill"}},
		{"of a group in a sentence naming the person's own party",
			"The former mayor, Lena Sarik of Zentra, lost the vote but said her party would fight on.",
			[]string{"Lena Sarik memberOf Zentra"}},
		{"of a firm in a sentence naming the person's own party",
			"Lena Sarik of Brightcode Corporation said her party would fight on.", nil},
		{"of a group in a sentence about a birthday party",
			"Lena Sarik of Zentra said her birthday party was a success.", nil},
		{"a musician of a record company",
			"The shop was opened by guitarist Ivan Dorov of Brightcode Music.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRuleFacts(t, tc.text, tc.want, ruleGroupPoss, ruleGroupOf, ruleGroupTitle, ruleBandOf)
		})
	}
}

// TestFormerMembers: a person called a former member of an
// organisation has left it; a present member, a former member of a
// person's staff and a former member met by someone have not.
func TestFormerMembers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // left facts of the rule
	}{
		{"Tom Hale, a former member of the Green Party, spoke first.", []string{"Tom Hale left Green Party"}},
		{"Ann Lee, who is a former member of the Unity Church, wrote the book.", []string{"Ann Lee left Unity Church"}},
		{"He was helped by former members of the Unity Church, including singer Ann Lee and actor Bo Chen.",
			[]string{"Ann Lee left Unity Church", "Bo Chen left Unity Church"}},
		{"Tom Hale, a member of the Green Party, spoke first.", nil},
		{"Tom Hale met former members of the Green Party in Leeds.", nil},
		{"Tom Hale, a former member of Ann Lee's staff, spoke first.", nil},
	} {
		checkRuleFacts(t, tc.text, tc.want, ruleFormerOf)
	}
}

// TestElectedMembers: in a story about the election of one body, the
// persons reported elected are its members, and those elected for the
// first time joined it; a defeat, a failure, a post and a story naming
// no body or two give nothing.
func TestElectedMembers(t *testing.T) {
	const intro = "The election chose 60 members of the Grand Council. "
	for _, tc := range []struct {
		name, text string
		want       []string // facts of the rule
	}{
		{"subject of a passive",
			intro + "In the north constituency, Ann Lee and Bo Chen were successfully re-elected.",
			[]string{"Ann Lee memberOf Grand Council", "Bo Chen memberOf Grand Council"}},
		{"a list after elected ... were",
			intro + "Other candidates elected in this district were Ann Lee of the Farmers Party and Bo Chen.",
			[]string{"Ann Lee memberOf Grand Council", "Bo Chen memberOf Grand Council"}},
		{"as well as",
			intro + "Ann Lee was re-elected, as well as Bo Chen of the Farmers Party.",
			[]string{"Ann Lee memberOf Grand Council", "Bo Chen memberOf Grand Council"}},
		{"for the first time",
			intro + "Tom Hale was elected for the first time.",
			[]string{"Tom Hale memberOf Grand Council", "Tom Hale joined Grand Council"}},
		{"a coordinated verb",
			intro + "Also, an independent, Ann Lee of the north constituency, defeated her rivals and was elected.",
			[]string{"Ann Lee memberOf Grand Council"}},
		{"a coordinated verb with its own subject",
			intro + "Bo Chen lost and Ann Lee was elected.",
			[]string{"Ann Lee memberOf Grand Council"}},
		{"a failure and a defeat",
			intro + "Ann Lee failed to get re-elected, and Bo Chen was defeated by Tom Hale.", nil},
		{"a negation",
			intro + "Ann Lee was not re-elected.", nil},
		{"the speaker of a report is no subject",
			intro + "Bo Chen said that Ann Lee was elected.",
			[]string{"Ann Lee memberOf Grand Council"}},
		{"a post",
			intro + "Ann Lee was elected chairman of the Farmers Party.", nil},
		{"no body named",
			"Ann Lee was re-elected with 5,000 votes in the north.", nil},
		{"two bodies",
			intro + "The Grand Council elections and the City Assembly elections were held. Ann Lee was re-elected.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRuleFacts(t, tc.text, tc.want, ruleElectedTo)
		})
	}
}

// TestPoliticalSentence: the cue words and stance words that make a
// sentence about party politics.
func TestPoliticalSentence(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The pro-Beijing camp won.", true},
		{"Two veteran politicians lost.", true},
		{"He is a nonpartisan member.", true},
		{"Ed Wong of the NYT has more on the boycott of the elections.", false},
		{"Sales of the pro version rose.", false},
		{"Sales rose on Sunday.", false},
		{"She said her party would fight on.", true},
		{"She said their birthday party was a success.", false},
		{"She left the party early.", false},
	} {
		a := (relCase{text: tc.text}).build(t)
		if got := a.politicalSentence(0); got != tc.want {
			t.Errorf("%q: politicalSentence = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestGroupEntities: a common acronym used as a group's name ("DAB's
// Ben Chan", "Ann Chiang of DAB") is an organisation, elsewhere not; a
// stance word toward a known place opens no name ("Pro-Beijing DAB").
func TestGroupEntities(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not []string // "Type:Name"; names
	}{
		{"The winners were DAB's Ben Chan and others.", []string{"Organization:DAB", "Person:Ben Chan"}, nil},
		{"The winners included Ann Chiang of DAB in Kowloon.", []string{"Organization:DAB", "Person:Ann Chiang"}, nil},
		{"Sales of DAB radios rose in Leeds.", []string{"City:Leeds"}, []string{"DAB"}},
		{"On Sunday, DAB lawmaker Ann Chiang won.", []string{"Organization:DAB", "Person:Ann Chiang"}, nil},
		{"The new DAB digital radio standard was set in Leeds.", []string{"City:Leeds"}, []string{"DAB"}},
		{"Pro-Beijing DAB's Starry Lee won a seat.", []string{"Organization:DAB"}, []string{"Pro-Beijing DAB", "Pro-Beijing"}},
		{"The Pro-Shift saves 20 seconds a lap, said Tom Hale.", []string{"Person:Tom Hale"}, nil},
	} {
		d := extractText(t, tc.text)
		var got, names []string
		for _, e := range d.Entities {
			got = append(got, string(e.Type)+":"+e.Name)
			names = append(names, e.Name)
		}
		checkListed(t, got, tc.want, nil)
		for _, n := range tc.not {
			if slices.Contains(names, n) {
				t.Errorf("%q: unexpected entity %q (entities %s)", tc.text, n, strings.Join(got, ", "))
			}
		}
	}
}

// checkRuleFacts extracts text and compares the facts made by the given
// rules, each as "Subject predicate Object", with want in any order.
func checkRuleFacts(t *testing.T, text string, want []string, rules ...string) {
	t.Helper()
	d := extractText(t, text)
	got := factLines(d, func(f Fact) bool { return slices.Contains(rules, f.Rule) })
	slices.Sort(got)
	want = slices.Clone(want)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("%q:\n got %q\nwant %q", text, got, want)
	}
}
