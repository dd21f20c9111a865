// Prelude run before every canned query. The runner defines `args` (the
// command-line arguments, a JSON array of strings) and `VOCAB` (IRIs of
// the store: base, ns, type, name, alternateName) above it.
function iriOf(s) { return "<" + s + ">"; }
function term(local) { return iriOf(VOCAB.ns + local); }
var TYPE = iriOf(VOCAB.type), NAME = iriOf(VOCAB.name), ALT = iriOf(VOCAB.alternateName);
var FACTS = ["leaderOf", "memberOf", "left", "plansToLeave", "joined", "hosted",
  "willHost", "metWith", "locatedIn", "participatedIn", "visited"];

function arg(i, what) {
  if (args.length <= i || String(args[i]).trim() === "") {
    throw new Error("missing argument " + what);
  }
  return String(args[i]).trim();
}

function uniq(xs) {
  var seen = {}, out = [];
  for (var i = 0; i < xs.length; i++) {
    if (xs[i] !== null && xs[i] !== undefined && !seen[xs[i]]) { seen[xs[i]] = true; out.push(xs[i]); }
  }
  return out;
}

function titleCase(s) {
  return s.toLowerCase().replace(/(^|[\s\-'’])(\S)/g, function (m, a, b) { return a + b.toUpperCase(); });
}

function reEscape(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

// entitiesNamed: IRIs of the entities whose schema:name or
// schema:alternateName equals name, ignoring case; when none does, those
// with a name holding it as whole words ("Lukashenko" finds "Aleksandr
// Lukashenko"). Both tiers go through the index: exact spellings via the
// name edges, the rest via ns:nameKey (lowercased whole names and each of
// their words, written at ingest). Stores written before nameKey existed
// fall back to one scan of the names.
function entitiesNamed(name) {
  var variants = uniq([name, name.toLowerCase(), name.toUpperCase(), titleCase(name)]);
  var found = [];
  variants.forEach(function (v) { found = found.concat(g.V(v).In([NAME, ALT]).ToArray()); });
  if (found.length > 0) return uniq(found);
  var lower = name.toLowerCase().replace(/\s+/g, " ");
  var KEY = term("nameKey");
  var exact = [], words = [];
  if (g.V(KEY).Count() > 0) {
    var toks = lower.split(/[\s\-]+/).filter(function (t) { return t !== ""; });
    var cands = g.V(lower).In(KEY).ToArray();
    if (cands.length === 0 && toks.length > 1) {
      // Several words, not one name: entities having each of them,
      // checked below for the words in that order.
      var path = g.V(toks[0]).In(KEY);
      for (var i = 1; i < toks.length; i++) path = path.Intersect(g.V(toks[i]).In(KEY));
      cands = path.ToArray();
    }
    var whole = new RegExp("(^|[\\s\\-])" + reEscape(lower) + "($|[\\s\\-])");
    cands.forEach(function (e) {
      var names = g.V(e).Out([NAME, ALT]).ToArray().map(function (n) { return String(n).toLowerCase(); });
      if (names.indexOf(lower) >= 0) exact.push(e);
      else if (names.some(function (n) { return whole.test(n); })) words.push(e);
    });
  } else {
    g.V().Filter(regex("(?i)(^|[\\s\\-])" + reEscape(name) + "($|[\\s\\-])")).Tag("name").In([NAME, ALT]).ForEach(function (r) {
      (String(r.name).toLowerCase() === lower ? exact : words).push(r.id);
    });
  }
  return uniq(exact.length > 0 ? exact : words);
}

function nameOf(node) {
  var n = g.V(node).Out(NAME).ToValue();
  return n === null ? node : n;
}

function typeOf(node) {
  var t = g.V(node).Out(TYPE).ToValue();
  return t === null ? null : localName(t);
}

function localName(iri) {
  var s = String(iri).replace(/^</, "").replace(/>$/, "");
  var i = Math.max(s.lastIndexOf("/"), s.lastIndexOf("#"), s.lastIndexOf(":"));
  return i >= 0 ? s.substring(i + 1) : s;
}

// sentenceInfo: text and document source of a sentence node.
function sentenceInfo(s) {
  if (s === null || s === undefined) return {sentence: null, source: null};
  return {
    sentence: g.V(s).Out(term("text")).ToValue(),
    source: g.V(s).Out(term("inDocument")).Out(term("source")).ToValue()
  };
}

function needEntities(name) {
  var es = entitiesNamed(name);
  if (es.length === 0) throw new Error("no entity named " + JSON.stringify(name));
  return es;
}

// factSentences: the sentences stating the fact <s> <p> <o>. Fact quads
// carry their sentence as label, and every fact's sentence mentions both
// ends, so the candidates are the sentences mentioning both, checked by
// restricting the traversal to each one's label.
function factSentences(s, p, o) {
  var m = term("mentions");
  var cands = g.V(s).In(m).Intersect(g.V(o).In(m)).ToArray();
  return cands.filter(function (c) {
    return g.V(s).LabelContext(c).Out(p).Is(o).Count() > 0;
  });
}
