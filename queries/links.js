// links A B: every fact between A and B either way, fixed predicates and open relations (kind "open", with the relation as written and its confidence), each with its sentence and document
var as = needEntities(arg(0, "A")), bs = needEntities(arg(1, "B"));

// confidenceOf reads an xsd:decimal literal however the store hands it back.
function confidenceOf(v) {
  if (v === null || v === undefined) return null;
  var m = String(v).match(/-?[0-9]+(\.[0-9]+)?/);
  return m ? parseFloat(m[0]) : null;
}

function linksBetween(s, o) {
  // only predicates the subject has: an IRI the store never saw fails
  var has = {};
  g.V(s).OutPredicates().ToArray().forEach(function (p) { has[p] = true; });
  FACTS.forEach(function (local) {
    var p = term(local);
    if (!has[p] || g.V(s).Out(p).Is(o).Count() === 0) return;
    factSentences(s, p, o).forEach(function (c) {
      var info = sentenceInfo(c);
      g.Emit({subject: nameOf(s), predicate: local, object: nameOf(o), kind: "fixed",
        label: local, confidence: null, sentence: info.sentence, source: info.source});
    });
  });
  if (g.V(term("OpenFact")).Count() === 0) return; // no open facts stored
  g.V(s).In(term("subject")).Intersect(g.V(o).In(term("object"))).Has(TYPE, term("OpenFact")).ToArray().forEach(function (n) {
    var info = sentenceInfo(g.V(n).Out(term("inSentence")).ToValue());
    g.Emit({subject: nameOf(s), predicate: localName(g.V(n).Out(term("relation")).ToValue()), object: nameOf(o),
      kind: "open", label: g.V(n).Out(term("label")).ToValue(),
      confidence: confidenceOf(g.V(n).Out(term("confidence")).ToValue()),
      sentence: info.sentence, source: info.source});
  });
}

as.forEach(function (a) {
  bs.forEach(function (b) {
    if (a === b) return;
    linksBetween(a, b);
    linksBetween(b, a);
  });
});
