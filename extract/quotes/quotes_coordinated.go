package quotes

// A quotation followed by a coordinated clause ("… "could have hurt
// him", but he believes …") is not framed by that clause: a frame is
// the verb of saying with its subject alone ("…," he said), and a clause
// opened by a coordinator is a new statement of the narrative whose verb
// ("believes", "added that") frames its own content, not the words
// before it. The quotation keeps the attribution before it.

// qCoordinators open a clause coordinated with the one holding the
// quotation; the subordinators ("while", "although") are in
// qSubordinators.
var qCoordinators = qWordSet(`but and yet whereas`)
