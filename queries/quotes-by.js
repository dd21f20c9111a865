// quotes-by NAME: quotations attributed to NAME, with the sentence and document each came from
var who = arg(0, "NAME");
needEntities(who).forEach(function (e) {
  var speaker = nameOf(e);
  g.V(e).Out(term("said")).ToArray().forEach(function (q) {
    var s = g.V(q).Out(term("inSentence")).ToValue();
    var info = sentenceInfo(s);
    g.Emit({speaker: speaker, quote: g.V(q).Out(term("text")).ToValue(),
      sentence: info.sentence, source: info.source, id: q});
  });
});
