package lexicon

import "strings"

// This file holds the closed word classes the rules read: honorifics, role
// nouns, head words that type a name, and the function words that start
// sentences. The role nouns' words are in roles.txt, one line a word with
// its classes; the sets here are views of those classes. They are grammar, not world knowledge; places, countries and
// organisations come from the gazetteer package and first names from the
// generated list in firstnames_data.go.

// Union returns a new set holding the words of every set: one look-up in
// it tells a loop whether any of the sets could answer yes, so the common
// word that is in none costs one look-up instead of one per set.
func Union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, set := range sets {
		for w, ok := range set {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}

func WordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Honorifics precede a person's name and are not part of it. The value says
// the gender they imply ('m', 'f' or 0).
var Honorifics = map[string]byte{
	"mr": 'm', "mr.": 'm', "mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f',
	"miss": 'f', "dr": 0, "dr.": 0, "sir": 'm', "lord": 'm', "lady": 'f',
	"dame": 'f', "prof": 0, "prof.": 0, "professor": 0, "rev": 0, "rev.": 0, "reverend": 0,
	"sen.": 0, "rep.": 0, "gov.": 0, "gen.": 0, "baroness": 'f', "baron": 'm',
}

// SoloNotNames are capitalised words that are not entities when they
// stand alone (inside a longer name they may be: "South Africa"), and
// the TechAcronyms. "Korean" alone names no one country ("Korean player
// Hyung-Taik Lee"), unlike "South Korean".
var SoloNotNames = WordSet(`gdp gnp hiv aids sars ceo cfo coo pc pcs tv dvd cd mp mps mep meps
	wmd gmt bst vat ipo agm cctv sms atm ufo dna rna ok
	muslim muslims islam islamic christian christians christianity jewish jews
	catholic catholics protestant hindu sikh buddhist arab arabs western
	korean koreans
	eastern northern southern west east north south government internet web
	net www god allah bible koran quran euro euros dollar dollars pound
	pounds sterling yen today malaria tsunami cancer pe it obe mbe cbe
	ok olympic world global century mobile lord lady sir dame mr mrs ms
	budget dr test tests id mp3 mp3s gprs 3g gps usb lcd hdtv vcr iptv voip
	dsl isp isps url html gsm wi-fi wifi rss p2p dab umts cdma`)

// TechAcronyms spell common nouns, technologies and formats ("VHS
// machines", "ADSL broadband", "Radio Frequency Identification (RFID)
// tags", "Digital Rights Management (DRM) systems"), never a body: alone
// they are no entity, and neither is the name they abbreviate.
var TechAcronyms = WordSet(`lcd gsm rss hdtv dsl isp umts cdma gprs gps usb
	voip iptv dab p2p vhs adsl adsl2 ai os ip hd rfid pvr pvrs mms cgi fm am
	wcdma wap uv mri lan lans dos ascii xml vod suv suvs sim pda pdas pal ofdm
	mpeg mpeg4 lng lpg gui gif dvr dvrs dvi dtt dlp hsdpa hdmi isbn fdi pfi
	diy pr ifrs tcp drm sd ram cpu cpus gpu lcds dvds cds`)

func init() {
	for w := range TechAcronyms {
		SoloNotNames[w] = true
	}
}

// WeakRoles are occupations written before a name ("Producer Aamir
// Khan") that are also ordinary nouns; they are peeled as titles only when
// a full name follows.
var WeakRoles = RoleClass("weak")

// WorkHeads end names of plans, laws, indexes and programmes, which are
// not entities of the scored types ("Marshall Plan", "Iraq Index").
var WorkHeads = WordSet(`plan act bill law index report doctrine
	programme program scheme strategy initiative survey`)

// NumberedHeads take a number as part of the name ("BBC Radio 4").
var NumberedHeads = WordSet(`radio channel formula euro g`)

// LocPreps precede a place name ("in Reading"), which makes a town named
// like a common word safe to read as the town.
var LocPreps = WordSet(`in at from near outside around to via into`)

// KeepHonorific marks honorifics that British usage keeps with the name when
// no first name is given ("Lord Goldsmith", "Sir Alex Ferguson").
var KeepHonorific = WordSet("sir lord lady dame baroness baron")

// RoleHeads are nouns naming a position a person holds. A capitalised one
// directly before a name is a title ("President Bush"), not part of it;
// so are the British police and council ranks written short before a
// name ("Supt Deats", "Insp Mary Cole", "Cllr John Pike", "Councillor
// Amina Qureshi"), which left in the name made a body of it.
var RoleHeads = RoleClass("title")

// RoleModifiers may stand before a role head inside a title
// ("Prime Minister", "Foreign Secretary", "Chief Executive", "Det Supt").
var RoleModifiers = WordSet(`prime foreign home deputy vice chief executive
	defence defense health trade culture education finance shadow acting interim
	general attorney managing first junior senior foreign-affairs interior
	environment transport justice work pensions industry energy economy
	agriculture sports sport europe european labour tory
	conservative democratic republican former ex- outgoing incoming new
	opposition party team club national state assistant associate principal
	technical commercial financial operating executive non-executive
	regional international brigadier marshal field-marshal air-marshal
	det`)

// LeaderRoles are the roles that make their holder the head of the
// country, organisation or city the title names (GOLD.md's leaderOf).
// Multiword roles are matched on their lower-cased, space-joined words.
var LeaderRoles = RoleClass("leader")

// FunctionalModifiers make a director or chief the head of one function,
// not of the organisation ("finance director", "technical director").
var FunctionalModifiers = WordSet(`finance financial technical commercial
	operating operations marketing sales artistic communications creative
	legal medical research football sporting sports executive non-executive
	political editorial music programme programming news information
	technology security economic economics policy defence health
	education transport`)

// LeaderRolePhrases are multiword leader roles.
var LeaderRolePhrases = RoleClass("leader-phrase")

// NotLeaderModifiers turn a leader role into something else
// ("deputy prime minister", "former president"). An acting or interim
// holder does head the body while in post ("Iraq's interim prime
// minister", "acting Opec secretary general"), so neither is here; nor
// is an outgoing holder, still in post until the successor takes over
// ("Outgoing Leeds chairman Gerald Krasner said").
var NotLeaderModifiers = WordSet(`deputy vice former ex ex- assistant
	associate shadow junior`)

// PersonRoleNouns are role nouns that, after "the", refer back to a person
// ("the President", "the Belarusian leader", "the striker").
var PersonRoleNouns = RoleClass("person-ref")

// OrgRoleNouns are nouns that, after "the", refer back to an organisation.
var OrgRoleNouns = WordSet(`company firm group club team bank airline
	carrier retailer giant organisation organization party union agency
	alliance bloc broadcaster publisher studio maker manufacturer operator
	insurer lender supermarket watchdog regulator council commission
	committee`)

// OrgHeads end organisation names ("Labour Party", "Bank", "Ltd", "Royal
// Ballet", "Agence France Presse", "British Retail Consortium"); regiments
// ("Coldstream Guards", "Royal Scots Dragoon Guards", "the Parachute
// Regiment") are bodies too, though their shape says a person.
var OrgHeads = WordSet(`party council union ministry bank corp corporation bros
	ltd inc plc llc group commission organization organisation association
	committee fc united agency authority department office board court institute
	institution foundation trust fund league federation company co airways
	airlines motors industries holdings systems technologies records studios
	pictures news times post journal telegraph guardian herald mirror
	university college school academy society network services service bureau
	administration parliament congress senate assembly rada police army navy
	force forces club rovers athletic wanderers albion villa hotspur rangers
	city county communications telecom energy petroleum oil group entertainment
	media labs laboratories software electronics partners capital securities
	investments insurance exchange reserve treasury coalition alliance front
	movement brigade brigades church mint cabinet commons lords unit bbc
	democrats republicans conservatives tories nations tribunal gallery
	museum orchestra band choir hospital library zoo charity international
	worldwide corps ballet philharmonic presse consortium
	cooperative multimedia guards regiment`)

// EventSports may stand, lower-case, between an edition's year and an
// event's name: "the 2002 football World Cup", "the 2007 rugby World
// Cup". The sport tells which event of the name is meant, and the name
// is written with it.
var EventSports = WordSet(`football soccer rugby cricket hockey athletics
	netball basketball tennis golf swimming cycling`)

// EventHeads end event names ("European Games", "World Cup").
var EventHeads = WordSet(`games cup war wars summit championship
	championships olympics session conference festival awards award open prix
	trophy tournament election elections series marathon show forum expo fair
	convention ceremony oscars grammys baftas brits emmys tour revolution
	crisis talks treaty accord agreement week day race classic masters
	challenge invitational grand slam derby final finals semi-final
	semi-finals quarter-final quarter-finals sevens`)

// PlaceHeads end place names ("Black Sea", "Downing Street").
var PlaceHeads = WordSet(`sea river mountains mountain valley region street
	road square park island islands ocean lake bay gulf coast peninsula desert
	hills strait straits canal bridge airport station palace stadium avenue
	province district forest falls heights plain plains basin delta glacier
	lane row place gardens quay harbour harbor port cathedral abbey tower
	arena circuit centre center hall theatre theater castle towers beach
	ground pier mosque temple shrine`)

// Nicknames maps short forms of English first names to the full form, so
// that "Dave Collins" and "David Collins" are one person.
var Nicknames = map[string]string{
	"dave": "david", "mike": "michael", "bill": "william", "will": "william",
	"bob": "robert", "rob": "robert", "jim": "james", "jimmy": "james",
	"tony": "anthony", "tom": "thomas", "chris": "christopher",
	"steve": "stephen", "andy": "andrew", "nick": "nicholas", "ben": "benjamin",
	"dan": "daniel", "danny": "daniel", "joe": "joseph", "alex": "alexander",
	"sam": "samuel", "ed": "edward", "ted": "edward", "matt": "matthew",
	"pete": "peter", "tim": "timothy", "fred": "frederick", "charlie": "charles",
	"liz": "elizabeth", "kate": "katherine", "jenny": "jennifer", "sue": "susan",
	"greg": "gregory", "jon": "jonathan", "ron": "ronald", "ken": "kenneth",
	"phil": "philip", "gerry": "gerald", "ray": "raymond", "vic": "victor",
	"aleksandr": "alexander", "alexandr": "alexander", "sasha": "alexander",
}

// OfHeads are the last words of a name that may continue with "of"
// ("Bank of England", "Commonwealth of Independent States").
var OfHeads = WordSet(`commonwealth bank university ministry department
	council house republic kingdom isle gulf bay institute museum federation
	union organisation organization association league court church chamber
	board office college school academy society duke duchess earl prince
	princess cape lake mount port cup festival battle treaty statue tower
	city states state assembly confederation conference congress
	order bureau department palace sea straits strait islands island
	commission committee parliament province district guild coalition
	federation fellowship friends people's peoples army group lord lords corps
	community`)

// ForHeads may continue with "for" ("Institute for Fiscal Studies").
var ForHeads = WordSet(`centre center institute commission committee
	council campaign society foundation office department alliance coalition
	union association trust fund agency organisation organization
	network partnership forum transport corporation`)

// PartyHeads end the name of a party or movement that goes on with "of"
// or "for" and a name that is not a place ("Party of Renewal", "Movement
// for Democratic Change", "Popular Front for the Liberation of
// Palestine"); a person's full name after "of" is no part of it ("the
// Labour Party of Tony Blair").
var PartyHeads = WordSet(`party movement front alliance`)

// BodyOpeners are words that head a body's name only when they open it
// and "of" or "for" and a name follow ("Brothers of Italy", "Alternative
// for Germany"); after other words they are ordinary ("Warner Brothers of
// Hollywood" is the studio and the place).
var BodyOpeners = WordSet(`brothers alternative`)

// LowerOrgHeads are lower-case organisation heads that, after a name and
// before "of", open a descriptive body name ("the CIS council of heads of
// security and special services").
var LowerOrgHeads = WordSet(`council committee commission assembly board
	congress conference forum`)

// LowerEventHeads are lower-case nouns naming a gathering of a body
// ("the 36th session of the ... council").
var LowerEventHeads = WordSet(`session sessions meeting summit congress
	conference sitting plenary`)

// NameParticles may sit lower-case inside a person's name ("Lula da Silva").
var NameParticles = WordSet(`da de del della di do dos das du van von der
	den ter bin ibn al el le la es`)

// NotNames are capitalised words that never start or form a name by
// themselves: days, months, pronouns, titles of address and the like.
var NotNames = WordSet(`monday tuesday wednesday thursday friday saturday
	sunday january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec i i'm
	i'd i've i'll christmas easter tv internet web`)

// SentenceStarters are words that, capitalised at the start of a sentence
// or quotation, are ordinary words and never open a name.
var SentenceStarters = WordSet(`the a an and but or nor so yet for in on at
	to of by with from as if when while after before since until unless
	although though because however nevertheless nonetheless therefore thus
	moreover furthermore meanwhile instead also still now then there here
	this that these those it its he she his her him they their them we our us
	you your i my me what which who whom whose why how where some many most
	all any no not none one two three four five six seven eight nine ten
	each every both either neither other another such several few more less
	much last next first second third earlier later yesterday today tomorrow
	tonight under over about against among between during despite like
	unlike even only just already again yes well oh indeed perhaps maybe
	according speaking asked analysts critics officials experts sources
	figures shares sales profits prices investors police fans people
	within without through across behind beyond around near above below
	overall similarly likewise rather whether once ever never always often
	sometimes usually currently recently previously finally initially
	ultimately together together, let let's is are was were be been has have
	had do does did can could will would shall should may might must
	it's that's there's here's what's we're they're i'm you're he's she's
	among amid amidst upon onto into toward towards via per plus minus
	everyone everybody everything someone somebody something nobody nothing
	anyone anybody anything whoever whatever whichever`)

// PronounGender maps subject pronouns to the gender they require.
var PronounGender = map[string]byte{"he": 'm', "she": 'f'}

// CorporateSuffixes are dropped when matching a short company name to its
// longer form ("Time Warner Inc" ~ "Time Warner").
var CorporateSuffixes = WordSet(`inc inc. ltd ltd. plc corp corp. co co.
	corporation group holdings llc`)

// TeamSideRoles run or captain a side and, after a place's name in a
// sports story, make that name the team: "England coach Andy Robinson",
// "Middlesbrough boss Steve McClaren", "Portsmouth chairman Milan
// Mandaric", "the Wales captain". Not "Hong Kong director Wong Kar-Wai":
// a director is no sports role.
var TeamSideRoles = RoleClass("team-side")

// TeamPositionRoles are playing positions that make the place before them
// a team only when a name follows: "Bath prop Duncan Bell", "Newcastle
// centre Mathew Tait", "Hearts winger Saulius Mikoliunas"; "the London
// centre" alone is a building.
var TeamPositionRoles = RoleClass("team-position")

// ClubSigningVerbs have a club as their subject ("Leicester, who signed
// White", "Middlesbrough have signed Mark Viduka") and a club after "from"
// ("signed White from Bristol").
var ClubSigningVerbs = WordSet(`signed signs sacked sold bought loaned released`)

// PlaceLeaderRoles are the roles that lead a country or city itself
// ("Italian Prime Minister Silvio Berlusconi", "Russian president Vladimir
// Putin", "London mayor Ken Livingstone", "Palestinian leader Mahmoud
// Abbas"). Any other job with a nationality or a place leads nothing:
// "British director Mike Leigh", "UK chief executive William Morrow"
// (Vodafone's), "Aston's chief executive Ulrich Bez" (Aston Martin's).
var PlaceLeaderRoles = RoleClass("place-leader")

// PlaceLeaderPhrases are multiword roles that lead a country.
var PlaceLeaderPhrases = RoleClass("place-leader-phrase")

// IntentWords before "to" put what follows in the future, for the tense
// of hosting: "He is expected to present his conclusions at an IMF meeting
// in Washington" (Washington will host it), "Bekele is determined to add
// the record at the Grand Prix in Birmingham", "she hopes to run at the
// World Championships in Helsinki". Not "plan(s)" or "aim", which are
// as often nouns: "ministers backed plans to write off debts".
var IntentWords = WordSet(`expected hope hopes hoping planning aims aiming
	determined intends intend intending wants want wanting preparing
	prepared ready hoped`)

// ConjunctionBreakers, before a list of names, keep the list from stating
// each name on its own: "a border between X and Y", "neither X nor Y",
// "not X and Y", "whether X and Y".
var ConjunctionBreakers = WordSet(`between among amongst neither nor not
	whether either except excluding`)

// PastCopulas are the past forms of "be": they carry a done state or a
// past passive ("were among the acts", "was received", "Also present
// at the funeral was X").
var PastCopulas = WordSet(`was were`)

// RespectiveWords pair the names of two lists one by one ("A and B of X
// and Y respectively"): no name of either list shares the other's facts.
var RespectiveWords = WordSet(`respectively`)
