// sources NAME: the sentences (and documents) behind NAME's facts and quotes
var who = arg(0, "NAME");
needEntities(who).forEach(function (e) {
  var me = nameOf(e);
  FACTS.forEach(function (local) {
    var p = term(local);
    g.V(e).Out(p).ToArray().forEach(function (o) {
      factSentences(e, p, o).forEach(function (s) {
        var info = sentenceInfo(s);
        g.Emit({entity: me, fact: me + " " + local + " " + nameOf(o), sentence: info.sentence, source: info.source, sentenceId: s});
      });
    });
    g.V(e).In(p).ToArray().forEach(function (o) {
      factSentences(o, p, e).forEach(function (s) {
        var info = sentenceInfo(s);
        g.Emit({entity: me, fact: nameOf(o) + " " + local + " " + me, sentence: info.sentence, source: info.source, sentenceId: s});
      });
    });
  });
  g.V(e).Out(term("said")).ToArray().forEach(function (q) {
    var s = g.V(q).Out(term("inSentence")).ToValue();
    var info = sentenceInfo(s);
    g.Emit({entity: me, fact: me + " said \u201c" + g.V(q).Out(term("text")).ToValue() + "\u201d", sentence: info.sentence, source: info.source, sentenceId: s});
  });
});
