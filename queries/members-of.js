// members-of NAME: countries, people and organisations that are members of NAME or joined it
var org = arg(0, "NAME");
needEntities(org).forEach(function (e) {
  var of = nameOf(e);
  ["memberOf", "joined"].forEach(function (p) {
    g.V(e).In(term(p)).ToArray().forEach(function (m) {
      g.Emit({organisation: of, member: nameOf(m), type: typeOf(m), relation: p, id: m});
    });
  });
});
