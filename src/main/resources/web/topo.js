// Shared by the maps (map.js, corridor.js): world-atlas TopoJSON to GeoJSON for ECharts, served
// as a file so that the pages' Content-Security-Policy can forbid inline script.
// TopoJSON (world-atlas) to GeoJSON: arcs are quantised and delta-encoded; a negative arc
// index ~i means arc i reversed; consecutive arcs of a ring share their joining point.
function topoToGeo(topo, name) {
  var t = topo.transform, sx = t.scale[0], sy = t.scale[1], tx = t.translate[0], ty = t.translate[1];
  var arcs = topo.arcs.map(function (arc) {
    var x = 0, y = 0;
    return arc.map(function (p) { x += p[0]; y += p[1]; return [x * sx + tx, y * sy + ty]; });
  });
  function arc(i) { return i < 0 ? arcs[~i].slice().reverse() : arcs[i]; }
  function ring(ids) {
    var pts = [];
    ids.forEach(function (i, k) { var a = arc(i); pts = pts.concat(k ? a.slice(1) : a); });
    return pts;
  }
  // A ring cut at the antimeridian (Russia, Fiji) would be drawn across the whole plane:
  // move its far-west points east of 180 degrees instead.
  function unwrap(pts) {
    var east = pts.filter(function (p) { return p[0] > 170; }).length;
    var west = pts.filter(function (p) { return p[0] < -170; }).length;
    if (!east || !west) return pts;
    var shift = east >= west ? 360 : -360;
    return pts.map(function (p) { return (shift > 0 ? p[0] < 0 : p[0] > 0) ? [p[0] + shift, p[1]] : p; });
  }
  function polygon(rings) { return rings.map(function (r) { return unwrap(ring(r)); }); }
  var features = topo.objects[name].geometries.map(function (g) {
    var geometry = g.type === 'Polygon' ? { type: 'Polygon', coordinates: polygon(g.arcs) }
      : g.type === 'MultiPolygon' ? { type: 'MultiPolygon', coordinates: g.arcs.map(polygon) } : null;
    return { type: 'Feature', id: g.id, properties: { name: (g.properties || {}).name }, geometry: geometry };
  }).filter(function (f) { return f.geometry && f.properties.name !== 'Antarctica'; });
  return { type: 'FeatureCollection', features: features };
}
