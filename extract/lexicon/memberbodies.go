package lexicon

// Words that say an organisation is a membership body: one whose named
// officials, spokespeople and staff GOLD.md and the development sets count
// as its members ("X of Amnesty International", "the TUC's X"), unlike a
// firm's analysts or a think-tank's fellows, who get no memberOf.

// MemberBodyNameWords in an organisation's name make it a membership
// body: trade unions and their federations, campaigns and movements
// ("National Union of Journalists", "Campaign for Nuclear Disarmament").
// "League" and "congress" are left out: a sports league's players are
// not "of" it, and "Congress" is a legislature. So is "association": its
// members are as often firms or councils, whose staff or councillor
// named "of" it ("Councillor X of the Local Government Association") is
// none.
var MemberBodyNameWords = WordSet(`union unions federation confederation
	campaign movement`)

// StateBlocNameWords in an organisation's name make it a union of states,
// whose members are countries, not the officials named "of" it ("Javier
// Solana of the European Union", "a diplomat of the African Union").
var StateBlocNameWords = WordSet(`european african eurasian arab asian
	caribbean nordic nations countries states`)

// MemberBodyNames are non-governmental organisations whose names carry
// none of MemberBodyNameWords, lower case as the entity stage names them.
var MemberBodyNames = map[string]bool{
	"amnesty international": true, "amnesty": true, "human rights watch": true,
	"greenpeace": true, "oxfam": true, "friends of the earth": true,
	"medecins sans frontieres": true, "médecins sans frontières": true,
	"doctors without borders": true, "reporters without borders": true,
	"transparency international": true, "save the children": true,
	"global witness": true,
}

// MemberBodyDescriptors, written right before an organisation's name,
// call it a membership body: "union Unite", "rights group Liberty",
// "campaign group Stop the War Coalition".
var MemberBodyDescriptors = WordSet(`union unions ngo`)

// MemberBodyGroupKinds before "group" make the group a membership body:
// "rights group", "campaign group", "pressure group".
var MemberBodyGroupKinds = WordSet(`rights campaign campaigning pressure lobby
	advocacy activist protest`)
