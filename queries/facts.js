// facts [PREDICATE]: every fact (optionally of one predicate, e.g. leaderOf) with the sentences stating it
var only = args.length > 0 && String(args[0]).trim() !== "" ? [String(args[0]).trim()] : FACTS;
// A misspelt predicate would otherwise answer "(no results)", which reads
// as "no such facts" rather than "no such predicate".
if (FACTS.indexOf(only[0]) < 0) {
  throw new Error("facts: unknown predicate " + JSON.stringify(only[0]) + "; one of " + FACTS.join(", "));
}
only.forEach(function (local) {
  var p = term(local);
  g.V().Tag("subject").Out(p).ForEach(function (r) {
    factSentences(r.subject, p, r.id).forEach(function (s) {
      var info = sentenceInfo(s);
      g.Emit({subject: nameOf(r.subject), predicate: local, object: nameOf(r.id), sentence: info.sentence, source: info.source});
    });
  });
});
