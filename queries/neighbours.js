// neighbours NAME: every fact linking NAME to another entity, in both directions
var who = arg(0, "NAME");
var skip = {};
[TYPE, NAME, ALT, term("mentions"), term("said"), term("alias"), term("nameKey")].forEach(function (p) { skip[p] = true; });
needEntities(who).forEach(function (e) {
  var me = nameOf(e);
  g.V(e).Out(null, "p").ForEach(function (r) {
    if (skip[r.p]) return;
    g.Emit({entity: me, relation: localName(r.p), direction: "out", other: nameOf(r.id), otherType: typeOf(r.id), id: r.id});
  });
  g.V(e).In(null, "p").ForEach(function (r) {
    if (skip[r.p]) return;
    g.Emit({entity: me, relation: localName(r.p), direction: "in", other: nameOf(r.id), otherType: typeOf(r.id), id: r.id});
  });
});
