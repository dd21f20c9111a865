package quotes

// qIrregularPast are past forms that do not end in -ed, the verbs a
// news clause most often turns on before "and X said": "The Reds beat
// Olympiakos 3-1 and Benitez said", "Prices fell and the minister
// said", "The bill won a vote but Smith said". qVerbish reads regular
// pasts by their ending; these it cannot. Only conjoinedAfter uses them,
// to tell two clauses ("A beat B and C said") from two subjects ("A and C
// said"), where a noun of the same spelling ("a late strike and") does
// no harm: the joined-subject reading needs no word between the names.
var qIrregularPast = qWordSet(`beat won lost drew led fell rose took ran
	hit kept held struck became began came went saw made got gave sent
	spent paid sold bought thought brought fought caught found knew grew
	threw wrote chose broke spoke stood sat swept fled overcame shook
	stole forgot withdrew overtook rode flew`)
