// who-left NAME: who left NAME, or plans to leave it
var org = arg(0, "NAME");
needEntities(org).forEach(function (e) {
  var of = nameOf(e);
  ["left", "plansToLeave"].forEach(function (p) {
    g.V(e).In(term(p)).ToArray().forEach(function (m) {
      g.Emit({organisation: of, who: nameOf(m), relation: p, id: m});
    });
  });
});
