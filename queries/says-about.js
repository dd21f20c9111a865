// says-about NAME: open relations with NAME as subject or object (relation as written, its key, confidence), each with its sentence and document
var who = needEntities(arg(0, "NAME"));

function confidenceOf(v) {
  if (v === null || v === undefined) return null;
  var m = String(v).match(/-?[0-9]+(\.[0-9]+)?/);
  return m ? parseFloat(m[0]) : null;
}

var OPEN = term("OpenFact");
var facts = [];
// a store without open facts has never seen ns:subject: walking it fails
if (g.V(OPEN).Count() > 0) who.forEach(function (e) {
  facts = facts.concat(g.V(e).In([term("subject"), term("object")]).Has(TYPE, OPEN).ToArray());
});
uniq(facts).forEach(function (n) {
  var info = sentenceInfo(g.V(n).Out(term("inSentence")).ToValue());
  g.Emit({subject: nameOf(g.V(n).Out(term("subject")).ToValue()),
    relation: g.V(n).Out(term("label")).ToValue(),
    key: localName(g.V(n).Out(term("relation")).ToValue()),
    object: nameOf(g.V(n).Out(term("object")).ToValue()),
    confidence: confidenceOf(g.V(n).Out(term("confidence")).ToValue()),
    sentence: info.sentence, source: info.source});
});
