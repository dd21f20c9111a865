// timeline NAME: NAME's facts and quotes ordered by their document's date (published, else ingested), with sentence and link
var who = arg(0, "NAME");
var PUBLISHED = "<http://schema.org/datePublished>", URL = "<http://schema.org/url>";
var docs = {};

// docInfo: date (schema:datePublished, else ns:ingestedAt, as RFC 3339
// text so that dates sort as strings once normalised), how it was dated,
// and the link (schema:url, else ns:source).
function docInfo(doc) {
  if (docs[doc]) return docs[doc];
  var date = g.V(doc).Out(PUBLISHED).ToValue(), dated = "published";
  if (date === null) { date = g.V(doc).Out(term("ingestedAt")).ToValue(); dated = "ingested"; }
  var url = g.V(doc).Out(URL).ToValue();
  var src = g.V(doc).Out(term("source")).ToValue();
  docs[doc] = {date: isoDate(date), dated: dated, url: url === null ? null : String(url).replace(/^</, "").replace(/>$/, ""), source: src};
  return docs[doc];
}

function isoDate(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "object" && typeof v.toISOString === "function") return v.toISOString().replace(/\.000Z$/, "Z");
  // A typed xsd:dateTime reaches the script as Go's time text
  // ("2025-03-04 09:30:00 +0000 UTC"): read its parts.
  var s = String(v), m = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(?:\.\d+)? ?([+-]\d\d):?(\d\d)/.exec(s);
  var d = new Date(m ? m[1] + "T" + m[2] + m[3] + ":" + m[4] : s);
  return isNaN(d.getTime()) ? s : d.toISOString().replace(/\.000Z$/, "Z");
}

function item(row, s) {
  var doc = g.V(s).Out(term("inDocument")).ToValue();
  var d = doc === null ? {date: null, dated: null, url: null, source: null} : docInfo(doc);
  row.date = d.date; row.dated = d.dated;
  row.sentence = g.V(s).Out(term("text")).ToValue();
  row.source = d.source; row.url = d.url;
  return row;
}

var items = [];
needEntities(who).forEach(function (e) {
  var me = nameOf(e);
  FACTS.forEach(function (local) {
    var p = term(local);
    g.V(e).Out(p).ToArray().forEach(function (o) {
      factSentences(e, p, o).forEach(function (s) {
        items.push(item({entity: me, kind: "fact", predicate: local, other: nameOf(o)}, s));
      });
    });
    g.V(e).In(p).ToArray().forEach(function (o) {
      factSentences(o, p, e).forEach(function (s) {
        items.push(item({entity: me, kind: "fact", predicate: "^" + local, other: nameOf(o)}, s));
      });
    });
  });
  g.V(e).Out(term("said")).ToArray().forEach(function (q) {
    var s = g.V(q).Out(term("inSentence")).ToValue();
    if (s === null) return;
    items.push(item({entity: me, kind: "quote", quote: g.V(q).Out(term("text")).ToValue()}, s));
  });
});
items.sort(function (a, b) {
  var x = a.date || "", y = b.date || "";
  return x < y ? -1 : x > y ? 1 : 0;
});
items.forEach(function (r) { g.Emit(r); });
