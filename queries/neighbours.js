// neighbours NAME: every fact linking NAME to another entity, in both directions
var who = arg(0, "NAME");
var skip = {};
[TYPE, NAME, ALT, term("mentions"), term("said"), term("alias"), term("nameKey"), term("subject"), term("object")].forEach(function (p) { skip[p] = true; });
// The predicates at the entity first, then one index hop per predicate
// kept: every sentence mentioning a much-reported entity points at it,
// and those quads never reach JavaScript this way.
function kept(preds) { return preds.filter(function (p) { return !skip[p]; }); }
needEntities(who).forEach(function (e) {
  var me = nameOf(e);
  kept(g.V(e).OutPredicates().ToArray()).forEach(function (p) {
    g.V(e).Out(p).ToArray().forEach(function (o) {
      g.Emit({entity: me, relation: localName(p), direction: "out", other: nameOf(o), otherType: typeOf(o), id: o});
    });
  });
  kept(g.V(e).InPredicates().ToArray()).forEach(function (p) {
    g.V(e).In(p).ToArray().forEach(function (o) {
      g.Emit({entity: me, relation: localName(p), direction: "in", other: nameOf(o), otherType: typeOf(o), id: o});
    });
  });
});
