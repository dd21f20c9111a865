package extract

import "testing"

// TestTrialParticipants: in a court story that names one trial, a witness
// who told the court or jurors, testified or gave evidence took part in
// it, and so did the defendant on trial and the lawyers and judge named by
// their court roles once the trial is under way; a city named with the
// court hosted it. Testimony still to come, a trial not yet begun and a
// story naming two defendants' trials give nothing. Every text is
// invented.
func TestTrialParticipants(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn, Hosted}, []factCase{
		{"witness told the court", "Former banker Peter Kowalski denies fraud charges. Mr Kowalski's trial is in its second week. " +
			"Accountant Maria Lind told the court she had warned the board about the losses.",
			[]string{"Maria Lind participatedIn Event:Mr Kowalski's trial", "Peter Kowalski participatedIn Event:Mr Kowalski's trial"}, nil},
		{"a city's court", "The trial of Anna Berg, accused of fraud, is under way. " +
			"Her former assistant Jonas Holm told a Chicago court that she had signed the contracts.",
			[]string{"Jonas Holm participatedIn Event:trial of Anna Berg", "Chicago hosted Event:trial of Anna Berg"}, nil},
		{"the court in a town", "The Harold Finch murder trial heard from a neighbour on Tuesday. Mr Finch denies the charges. " +
			"Sarah Cole told the court in the town of Riverton that she heard two shots.",
			[]string{"Sarah Cole participatedIn Event:Harold Finch murder trial", "Riverton hosted Event:Harold Finch murder trial"}, nil},
		{"admitted to jurors, testified, gave evidence", "Tom Reyes is on trial for fraud at the jury court. The judge heard that Mr Reyes' trial may last a month. " +
			"Linda Moss admitted to jurors that she had lied. Kevin Shaw testified on Monday. Later, Rachel Dunn gave evidence for the prosecution.",
			[]string{"Tom Reyes participatedIn Event:Mr Reyes' trial", "Linda Moss participatedIn Event:Mr Reyes' trial",
				"Kevin Shaw participatedIn Event:Mr Reyes' trial", "Rachel Dunn participatedIn Event:Mr Reyes' trial"}, nil},
		{"court roles", "Tom Reyes is on trial for fraud. Mr Reyes' trial began on Monday before Judge Helen Ward. " +
			"Prosecutor Daniel Price said the charges were serious, and defence lawyer Amy Stone asked for more time.",
			[]string{"Helen Ward participatedIn Event:Mr Reyes' trial", "Daniel Price participatedIn Event:Mr Reyes' trial",
				"Amy Stone participatedIn Event:Mr Reyes' trial"}, nil},
		{"testimony to come", "Tom Reyes denies fraud. Mr Reyes' trial is in its first week at the court. " +
			"Linda Moss will testify later in the trial, prosecutors said.",
			nil, []string{"Linda Moss participatedIn Event:Mr Reyes' trial"}},
		{"a trial not begun", "The Harbour Bank fraud case trial date has been delayed, the court said. " +
			"US judge Helen Ward pushed back a preliminary hearing until June, and prosecutors filed new charges.",
			nil, []string{"Helen Ward participatedIn Event:Harbour Bank fraud case trial"}},
		{"two trials", "Mr Reyes' trial and Ms Moss's trial are both under way, with charges of fraud in the court. " +
			"Kevin Shaw told the court he had seen the accounts.",
			nil, []string{"Kevin Shaw participatedIn Event:Mr Reyes' trial", "Kevin Shaw participatedIn Event:Ms Moss's trial"}},
	})
}
