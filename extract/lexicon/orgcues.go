package lexicon

// Words around a capitalised name that say a business or body bears it.
// They let a name made of common words ("Global Insight", "Nationwide"),
// which the entity stage otherwise takes for a title or emphasis, stand
// as an organisation.

// OrgDescriptors are lower-case nouns written right before a company's
// name: "security firm Network Box", "games giant Electronic Arts", "the
// journal Screen Digest". Nouns that also describe people ("rival",
// "investor", "partner") are left out.
var OrgDescriptors = WordSet(`firm firms company companies group giant maker
	manufacturer retailer carrier airline bank lender insurer broadcaster
	publisher developer consultancy agency watchdog journal magazine
	newspaper website charity think-tank chain operator provider
	supermarket conglomerate brokerage consortium auditor auditors
	bookmaker bookmakers accountants headhunters brokers stockbrokers
	pollsters`)

// FirmNouns are the OrgDescriptors never written before a person's
// name, so they outweigh a first name in the name after them: "US
// mortgage company Fannie Mae", "mortgage firm Freddie Mac", "talent
// agency William Morris". "publisher", "developer", "maker" and
// "operator" also describe people ("software developer John Carmack"),
// as does "broadcaster" ("comedian and broadcaster Cyril Fletcher"), and
// are left out. A firm audits the accounts and takes the bets ("auditors
// Grant Thornton", "bookmaker William Hill"); a person doing either is
// named by a title ("Auditor General Sir John Bourn"). Websites, charities,
// think-tanks and watchdogs are bodies, never people ("web portal Lycos
// Europe", "charity Marie Curie Cancer Care"). The plural of a trade
// whose singular is also a person's job names a firm before one name
// ("headhunters Egon Zehnder", "accountants Ernst Kessler", "pollsters
// Morgan Talbot", "stockbrokers Rupert Hale"): a person is "pollster John
// Zogby", in the singular, and a list of people is a list ("brokers Ann
// Lee and Tom Hall", which usedAsPerson and the first names keep).
var FirmNouns = WordSet(`firm company retailer carrier airline bank lender
	insurer consultancy agency supermarket conglomerate brokerage
	consortium chain auditor auditors bookmaker bookmakers portal website
	charity think-tank watchdog accountants headhunters brokers
	stockbrokers pollsters`)

// OrgStaff are lower-case job nouns that name someone working for a body:
// "Nationwide economist Alex Bannister", "economist at Global Insight".
// "director" is not one of them before a name ("Iris director Richard
// Eyre" directed a film); it is among OrgPostsAt.
var OrgStaff = RoleClass("org-staff")

// OrgPostsAt are job nouns that, followed by "at", name a body that
// employs: "director at Troika Dialog", besides every OrgStaff noun.
var OrgPostsAt = RoleClass("org-post-at")

// OrgHoldings are nouns of ownership that "in" or "of" ties to a
// company: "shares in Bombardier", "a stake in Nationwide"; after the
// name, "shares" says the same ("Sharp shares fell").
var OrgHoldings = WordSet(`shares share stake stakes shareholders shareholder
	shareholding`)

// PublicationNouns, written right after a title, say it names a
// periodical, which publishes as a body: "Empire magazine", "the Western
// Mail newspaper". "paper" and "website" are left out: "Hard Rock paper",
// a site named for its page ("Not Spam website").
var PublicationNouns = WordSet(`magazine newspaper`)

// NewspaperHeads are the one-word titles that newspapers share after a
// place or demonym: "Los Angeles Times", "the Irish Times", "Western Mail".
var NewspaperHeads = WordSet(`times post herald tribune journal gazette
	chronicle mail globe echo mirror star examiner courier advertiser
	inquirer telegraph observer independent express standard record
	sun guardian`)
