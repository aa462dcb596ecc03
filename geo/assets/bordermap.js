/* bordermap map page: draws the embedded events on a canvas layer, filters them, lists them,
 * shows a card per event and keeps the view in the URL hash.  No network, no innerHTML for
 * anything that comes from the data: every text goes in through textContent. */
(function () {
  "use strict";

  var TYPES = {
    air_strike: ["Air strike", "#d62728"],
    drone_strike: ["Drone strike", "#ff7f0e"],
    shelling: ["Shelling", "#8c564b"],
    rocket_attack: ["Rocket attack", "#e377c2"],
    remote_explosive: ["Bomb or IED", "#8c6d31"],
    armed_clash: ["Armed clash", "#9467bd"],
    assassination: ["Assassination", "#000000"],
    territory_change: ["Territory change", "#1f77b4"],
    siege: ["Siege", "#7f7f7f"],
    troop_movement: ["Troop or convoy movement", "#17becf"],
    base_established: ["Base established", "#2ca02c"],
    protest: ["Protest", "#bcbd22"],
    riot: ["Riot", "#e7ba52"],
    political_decision: ["Political decision", "#393b79"],
    agreement: ["Agreement", "#637939"],
    attack: ["Attack (means not given)", "#ad494a"]
  };
  var STATUS = {
    "contested": ["Contested", "#c00000", 3],
    "corroborated": ["Corroborated", "#1a1a1a", 2],
    "single source": ["Single source", "#ffffff", 1.5],
    "unknown": ["No attribution", "#9a9a9a", 1.5]
  };
  var STANCES = {
    claims_responsibility: "claims responsibility",
    accuses: "accused",
    attributes: "attributed",
    denies: "denies responsibility",
    suspected: "suspected"
  };
  var FACETS = ["outlet", "actor", "event_type", "status"];
  var FACET_LABELS = { outlet: "Source outlet", actor: "Said to be responsible", event_type: "Event type", status: "Attribution status" };
  var NONE = "(none named)";
  var LIST_LIMIT = 200;
  var DAY = 86400000;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "class") node.className = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function iso(days) {
    return days < 0 ? "" : new Date(days * DAY).toISOString().slice(0, 10);
  }

  function parseDay(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value || "")) return null;
    var t = Date.parse(value + "T00:00:00Z");
    return isNaN(t) ? null : Math.round(t / DAY);
  }

  function safeHref(url) {
    return typeof url === "string" && /^https?:\/\/[^\s<>"'`\\]+$/i.test(url) ? url : null;
  }

  function Model(data) {
    var ev = data.events;
    var n = ev.type.length;
    this.n = n;
    this.data = data;
    this.ev = ev;
    this.dict = data.dict;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.lat = new Float64Array(n);
    this.lng = new Float64Array(n);
    this.ids = null; // event ids arrive with the texts
    this.index = null;
    this.articleOutlet = data.article_outlet;
    this.values = {
      outlet: this.dict.outlet,
      actor: this.dict.actor.concat([NONE]),
      event_type: this.dict.event_type,
      status: this.dict.status
    };
    // per event: bit sets of outlets and actors (as small arrays of indices)
    this.outlets = new Array(n);
    this.actors = new Array(n);
    for (var i = 0; i < n; i++) {
      var lat = ev.lat[i] / 1e5;
      var lng = ev.lon[i] / 1e5;
      this.lat[i] = lat;
      this.lng[i] = lng;
      this.x[i] = (lng + 180) / 360;
      var s = Math.sin((lat * Math.PI) / 180);
      this.y[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
      var os = [];
      for (var k = 0; k < ev.src[i].length; k++) {
        var o = this.articleOutlet[ev.src[i][k]];
        if (os.indexOf(o) < 0) os.push(o);
      }
      this.outlets[i] = os;
      var as = [];
      for (var c = 0; c < ev.claims[i].length; c++) {
        var claim = ev.claims[i][c];
        if (claim[1] !== this.dict.stance.indexOf("denies") && as.indexOf(claim[0]) < 0) as.push(claim[0]);
      }
      if (!as.length) as.push(this.dict.actor.length);
      this.actors[i] = as;
    }
    // list order, computed once: latest first, undated last, then by id
    var order = new Array(n);
    for (i = 0; i < n; i++) order[i] = i;
    order.sort(function (a, b) { return ev.d1[b] - ev.d1[a] || a - b; }); // events come sorted by id
    this.order = order;
    // outlets and actors as bit masks when there are few enough values (the common case)
    this.outletMask = this.values.outlet.length <= 31 ? maskOf(this.outlets) : null;
    this.actorMask = this.values.actor.length <= 31 ? maskOf(this.actors) : null;
    this.minDay = -1;
    this.maxDay = -1;
    for (i = 0; i < n; i++) {
      if (ev.d0[i] < 0) continue;
      if (this.minDay < 0 || ev.d0[i] < this.minDay) this.minDay = ev.d0[i];
      if (ev.d1[i] > this.maxDay) this.maxDay = ev.d1[i];
    }
  }

  Model.prototype.setIds = function (ids) {
    this.ids = ids;
    this.index = {};
    for (var i = 0; i < ids.length; i++) this.index[ids[i]] = i;
  };

  function maskOf(lists) {
    var mask = new Int32Array(lists.length);
    for (var i = 0; i < lists.length; i++) {
      var m = 0;
      for (var k = 0; k < lists[i].length; k++) m |= 1 << lists[i][k];
      mask[i] = m;
    }
    return mask;
  }

  function onMask(off, count) {
    var m = 0;
    for (var k = 0; k < count; k++) if (!off[k]) m |= 1 << k;
    return m;
  }

  function State(model) {
    this.off = { outlet: {}, actor: {}, event_type: {}, status: {} };
    this.from = null;
    this.to = null;
    this.undated = true;
    this.selected = -1;
    this.panel = true;
    this.model = model;
  }

  State.prototype.toHash = function () {
    var parts = [];
    var self = this;
    FACETS.forEach(function (f) {
      var offs = Object.keys(self.off[f]).filter(function (k) { return self.off[f][k]; });
      offs.sort();
      if (offs.length) {
        parts.push(f + "=" + offs.map(function (k) { return "-" + encodeURIComponent(self.model.values[f][+k]); }).join(","));
      }
    });
    if (this.from !== null) parts.push("from=" + iso(this.from));
    if (this.to !== null) parts.push("to=" + iso(this.to));
    if (!this.undated) parts.push("undated=0");
    if (!this.panel) parts.push("panel=0");
    if (this.selected >= 0 && this.model.ids) parts.push("event=" + encodeURIComponent(this.model.ids[this.selected]));
    else if (this.pendingEvent) parts.push("event=" + encodeURIComponent(this.pendingEvent));
    return parts.length ? "#" + parts.join("&") : "";
  };

  State.prototype.fromHash = function (hash) {
    var self = this;
    FACETS.forEach(function (f) { self.off[f] = {}; });
    this.from = this.to = null;
    this.undated = true;
    this.selected = -1;
    this.pendingEvent = null;
    this.panel = true;
    (hash || "").replace(/^#/, "").split("&").forEach(function (part) {
      if (!part) return;
      var eq = part.indexOf("=");
      var key = eq < 0 ? part : part.slice(0, eq);
      var value = eq < 0 ? "" : part.slice(eq + 1);
      if (FACETS.indexOf(key) >= 0) {
        value.split(",").forEach(function (item) {
          var off = item.charAt(0) === "-";
          var name;
          try { name = decodeURIComponent(off ? item.slice(1) : item); } catch (e) { return; }
          var idx = self.model.values[key].indexOf(name);
          if (idx >= 0 && off) self.off[key][idx] = true;
        });
      } else if (key === "from") {
        self.from = parseDay(value);
      } else if (key === "to") {
        self.to = parseDay(value);
      } else if (key === "undated") {
        self.undated = value !== "0";
      } else if (key === "panel") {
        self.panel = value !== "0";
      } else if (key === "event") {
        var id;
        try { id = decodeURIComponent(value); } catch (e) { return; }
        if (!self.model.index) self.pendingEvent = id;
        else if (id in self.model.index) self.selected = self.model.index[id];
      }
    });
  };

  // passes(i, skip): does event i pass every filter except the facet `skip`?
  // Call prepare() after the state changes and before calling passes.
  function makeFilter(model, state) {
    var ev = model.ev;
    var outletOn = 0, actorOn = 0;
    var passes = function (i, skip) {
      if (skip !== "event_type" && state.off.event_type[ev.type[i]]) return false;
      if (skip !== "status" && state.off.status[ev.status[i]]) return false;
      var k;
      if (skip !== "outlet" && model.outletMask) {
        if (!(model.outletMask[i] & outletOn)) return false;
      } else if (skip !== "outlet") {
        var os = model.outlets[i];
        var any = false;
        for (k = 0; k < os.length; k++) if (!state.off.outlet[os[k]]) { any = true; break; }
        if (!any) return false;
      }
      if (skip !== "actor" && model.actorMask) {
        if (!(model.actorMask[i] & actorOn)) return false;
      } else if (skip !== "actor") {
        var as = model.actors[i];
        var anyA = false;
        for (k = 0; k < as.length; k++) if (!state.off.actor[as[k]]) { anyA = true; break; }
        if (!anyA) return false;
      }
      var d0 = ev.d0[i];
      if (d0 < 0) return state.undated;
      if (state.from !== null && ev.d1[i] < state.from) return false;
      if (state.to !== null && d0 > state.to) return false;
      return true;
    };
    passes.prepare = function () {
      outletOn = onMask(state.off.outlet, model.values.outlet.length);
      actorOn = onMask(state.off.actor, model.values.actor.length);
    };
    return passes;
  }

  var EventLayer = L.Layer.extend({
    initialize: function (app) {
      this.app = app;
      this.sprites = {};
      this.ratio = window.devicePixelRatio || 1;
    },
    onAdd: function (map) {
      this._map = map;
      this.canvas = L.DomUtil.create("canvas", "bm-events leaflet-zoom-hide");
      map.getPanes().overlayPane.appendChild(this.canvas);
      map.on("moveend resize viewreset", this.redraw, this);
    },
    onRemove: function (map) {
      L.DomUtil.remove(this.canvas);
      map.off("moveend resize viewreset", this.redraw, this);
    },
    // A marker style drawn once, kept as the list of its opaque pixels: drawing an event is
    // then copying ~130 integers into the frame buffer (fast for 100,000 events).
    stamp: function (type, status, hollow) {
      var key = type + "|" + status + "|" + hollow;
      if (this.sprites[key]) return this.sprites[key];
      var ratio = this.ratio;
      var size = Math.ceil(18 * ratio);
      var c = document.createElement("canvas");
      c.width = c.height = size;
      var ctx = c.getContext("2d");
      ctx.scale(ratio, ratio);
      var color = (TYPES[type] || ["", "#555555"])[1];
      var st = STATUS[status] || STATUS.unknown;
      ctx.beginPath();
      ctx.arc(9, 9, 5.5, 0, 2 * Math.PI);
      if (hollow) {
        ctx.fillStyle = "#ffffff";
        ctx.fill();
        ctx.lineWidth = 2.5;
        ctx.strokeStyle = color;
        ctx.stroke();
      } else {
        ctx.fillStyle = color;
        ctx.fill();
      }
      ctx.beginPath();
      ctx.arc(9, 9, 5.5 + st[2] / 2 + (hollow ? 1.2 : 0), 0, 2 * Math.PI);
      ctx.lineWidth = st[2];
      ctx.strokeStyle = status === "single source" && !hollow ? "#ffffff" : st[1];
      ctx.stroke();
      var px = new Uint32Array(ctx.getImageData(0, 0, size, size).data.buffer);
      var dx = [], dy = [], rgba = [];
      var half = Math.floor(size / 2);
      for (var y = 0; y < size; y++) {
        for (var x = 0; x < size; x++) {
          var v = px[y * size + x];
          if ((v >>> 24) >= 128) { dx.push(x - half); dy.push(y - half); rgba.push(v | 0xff000000); }
        }
      }
      var out = { dx: Int16Array.from(dx), dy: Int16Array.from(dy), rgba: Uint32Array.from(rgba), half: half };
      this.sprites[key] = out;
      return out;
    },
    redraw: function () {
      var map = this._map;
      if (!map) return;
      var app = this.app;
      var model = app.model;
      var size = map.getSize();
      var ratio = window.devicePixelRatio || 1;
      if (ratio !== this.ratio) { this.ratio = ratio; this.sprites = {}; }
      var W = Math.max(1, Math.round(size.x * ratio)), H = Math.max(1, Math.round(size.y * ratio));
      L.DomUtil.setPosition(this.canvas, map.containerPointToLayerPoint([0, 0]));
      if (this.canvas.width !== W || this.canvas.height !== H) {
        this.canvas.width = W;
        this.canvas.height = H;
        this.canvas.style.width = size.x + "px";
        this.canvas.style.height = size.y + "px";
        this.frame = null;
      }
      var ctx = this.canvas.getContext("2d");
      if (!this.frame) {
        this.frame = ctx.createImageData(W, H);
        this.frame32 = new Uint32Array(this.frame.data.buffer);
      }
      var buf = this.frame32;
      buf.fill(0);
      var scale = 256 * Math.pow(2, map.getZoom());
      var pane = map.getPixelBounds().min;
      var ox = pane.x, oy = pane.y;
      var px = app.px, py = app.py;
      var vis = app.visibleList;
      var ev = model.ev;
      var placeIdx = model.dict.precision.indexOf("place");
      var regionIdx = model.dict.precision.indexOf("region");
      var types = model.dict.event_type, statuses = model.dict.status;
      var stamps = {};
      var regions = [];
      for (var i = 0; i < vis.length; i++) {
        var k = vis[i];
        var x = model.x[k] * scale - ox;
        var y = model.y[k] * scale - oy;
        px[k] = x;
        py[k] = y;
        if (x < -10 || y < -10 || x > size.x + 10 || y > size.y + 10) continue;
        var skey = ev.type[k] * 64 + ev.status[k] * 2 + (ev.pprec[k] !== placeIdx ? 1 : 0);
        var st = stamps[skey] || (stamps[skey] = this.stamp(types[ev.type[k]], statuses[ev.status[k]], ev.pprec[k] !== placeIdx));
        var cx = Math.round(x * ratio), cy = Math.round(y * ratio);
        var dxs = st.dx, dys = st.dy, cols = st.rgba, m = cols.length;
        if (cx - st.half >= 0 && cy - st.half >= 0 && cx + st.half < W && cy + st.half < H) {
          var base = cy * W + cx;
          for (var p = 0; p < m; p++) buf[base + dys[p] * W + dxs[p]] = cols[p];
        } else {
          for (var q = 0; q < m; q++) {
            var xx = cx + dxs[q], yy = cy + dys[q];
            if (xx >= 0 && yy >= 0 && xx < W && yy < H) buf[yy * W + xx] = cols[q];
          }
        }
        if (ev.pprec[k] === regionIdx && regions.length <= 500) regions.push(k);
      }
      ctx.putImageData(this.frame, 0, 0);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      // faint dashed areas for events placed only to a region, when few enough to read
      if (regions.length && regions.length <= 500) {
        var r = Math.max(6, (25 * scale) / 40075);
        ctx.globalCompositeOperation = "destination-over";
        ctx.fillStyle = "rgba(90,90,90,0.08)";
        ctx.strokeStyle = "rgba(90,90,90,0.4)";
        ctx.setLineDash([4, 4]);
        ctx.lineWidth = 1;
        for (var j = 0; j < regions.length; j++) {
          ctx.beginPath();
          ctx.arc(px[regions[j]], py[regions[j]], r, 0, 2 * Math.PI);
          ctx.fill();
          ctx.stroke();
        }
        ctx.setLineDash([]);
        ctx.globalCompositeOperation = "source-over";
      }
      var sel = app.state.selected;
      if (sel >= 0 && app.visible[sel]) {
        ctx.beginPath();
        ctx.arc(model.x[sel] * scale - ox, model.y[sel] * scale - oy, 12, 0, 2 * Math.PI);
        ctx.lineWidth = 3;
        ctx.strokeStyle = "#ffcc00";
        ctx.stroke();
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
    },
    hits: function (point) {
      var app = this.app;
      var vis = app.visibleList;
      var found = [];
      for (var i = 0; i < vis.length; i++) {
        var k = vis[i];
        var dx = app.px[k] - point.x, dy = app.py[k] - point.y;
        if (dx * dx + dy * dy <= 81) found.push(k);
      }
      return found;
    }
  });

  function App(map, control, data, texts) {
    var t0 = performance.now();
    this.map = map;
    this.texts = null;
    this.model = new Model(data);
    this.state = new State(this.model);
    this.filter = makeFilter(this.model, this.state);
    this.visible = new Uint8Array(this.model.n);
    this.visibleList = [];
    this.px = new Float64Array(this.model.n);
    this.py = new Float64Array(this.model.n);
    this.api = window.bordermap = { ready: false, total: this.model.n, visible: 0, timings: {} };
    this.buildPanel();
    this.state.fromHash(location.hash);
    if (this.state.selected < 0) this.fitAll();
    this.layer = new EventLayer(this);
    this.layer.addTo(map);
    if (control) {
      control.addOverlay(this.layer, "Events");
      if (data.mentions && data.mentions.length) control.addOverlay(this.mentionLayer(data), "Places named in the articles");
    }
    var self = this;
    map.on("click", function (e) { self.onMapClick(e); });
    window.addEventListener("hashchange", function () {
      if (location.hash !== self.lastHash) self.applyHash(location.hash, true);
    });
    this.applyHash(location.hash, true);
    this.api.timings.map_ms = Math.round(performance.now());
    this.api.timings.init_ms = Math.round(performance.now() - t0);
    texts.then(function (t) {
      self.texts = t;
      self.model.setIds(t.ids);
      var pending = self.state.pendingEvent;
      self.state.pendingEvent = null;
      if (pending && pending in self.model.index && self.visible[self.model.index[pending]]) {
        self.state.selected = self.model.index[pending];
        self.focusEvent(self.state.selected, false);
      }
      self.renderList();
      self.renderCard();
      self.writeHash();
      self.becomeReady();
    }, function (err) {
      self.textsError = "The event texts could not be read: " + err;
      self.api.texts_error = String(err);
      self.alert.textContent = self.textsError + ". The map and filters work; the list and cards need them.";
      self.alert.hidden = false;
      self.renderList();
      self.becomeReady();
    });
  }

  App.prototype.becomeReady = function () {
    this.api.timings.ready_ms = Math.round(performance.now());
    this.api.ready = true;
    window.dispatchEvent(new Event("bordermap:ready"));
  };

  App.prototype.fitAll = function () {
    var model = this.model;
    if (!model.n) return;
    var minLat = 90, maxLat = -90, minLng = 180, maxLng = -180;
    for (var i = 0; i < model.n; i++) {
      if (model.lat[i] < minLat) minLat = model.lat[i];
      if (model.lat[i] > maxLat) maxLat = model.lat[i];
      if (model.lng[i] < minLng) minLng = model.lng[i];
      if (model.lng[i] > maxLng) maxLng = model.lng[i];
    }
    this.map.fitBounds([[minLat, minLng], [maxLat, maxLng]], { padding: [30, 30], maxZoom: 8, animate: false });
  };

  App.prototype.mentionLayer = function (data) {
    var group = L.layerGroup();
    data.mentions.forEach(function (m) {
      var marker = L.circleMarker([m[0], m[1]], { radius: 3, color: "#555", weight: 1, fillColor: "#fff", fillOpacity: 1 });
      var tip = el("div");
      tip.appendChild(el("strong", null, m[2]));
      tip.appendChild(el("div", null, "named in " + m[3].length + " article" + (m[3].length === 1 ? "" : "s") + ": " + m[3].join(", ")));
      marker.bindTooltip(tip);
      group.addLayer(marker);
    });
    return group;
  };

  // --- filtering -------------------------------------------------------------------------

  App.prototype.recompute = function () {
    var t0 = performance.now();
    var model = this.model;
    var list = [];
    this.filter.prepare();
    for (var i = 0; i < model.n; i++) {
      var ok = this.filter(i, null);
      this.visible[i] = ok ? 1 : 0;
      if (ok) list.push(i);
    }
    this.visibleList = list;
    if (this.state.selected >= 0 && !this.visible[this.state.selected]) this.state.selected = -1;
    this.api.visible = list.length;
    this.showPanel(this.state.panel);
    this.updateCounts();
    this.renderList();
    this.layer.redraw();
    this.renderCard();
    this.writeHash();
    this.api.timings.last_filter_ms = Math.round((performance.now() - t0) * 10) / 10;
  };

  App.prototype.updateCounts = function () {
    var model = this.model, ev = model.ev, self = this;
    this.visibleCount.textContent = String(this.visibleList.length);
    FACETS.forEach(function (f) {
      var counts = new Array(model.values[f].length).fill(0);
      for (var i = 0; i < model.n; i++) {
        if (!self.filter(i, f)) continue;
        if (f === "outlet") model.outlets[i].forEach(function (o) { counts[o]++; });
        else if (f === "actor") model.actors[i].forEach(function (a) { counts[a]++; });
        else if (f === "event_type") counts[ev.type[i]]++;
        else counts[ev.status[i]]++;
      }
      self.facetInputs[f].forEach(function (input, idx) {
        input.checked = !self.state.off[f][idx];
        self.facetCounts[f][idx].textContent = String(counts[idx]);
      });
    });
    this.fromInput.value = this.state.from !== null ? iso(this.state.from) : "";
    this.toInput.value = this.state.to !== null ? iso(this.state.to) : "";
    this.undatedInput.checked = this.state.undated;
  };

  App.prototype.writeHash = function () {
    var hash = this.state.toHash();
    this.lastHash = hash;
    if (location.hash !== hash) {
      try {
        history.replaceState(null, "", hash || location.pathname + location.search);
      } catch (e) {
        /* file: URLs in some browsers refuse replaceState: the view still works */
      }
    }
  };

  App.prototype.applyHash = function (hash, focus) {
    this.state.fromHash(hash);
    this.recompute();
    if (focus && this.state.selected >= 0) this.focusEvent(this.state.selected, false);
  };

  // --- panel -----------------------------------------------------------------------------

  App.prototype.buildPanel = function () {
    var self = this, model = this.model;
    var panel = el("aside", { class: "bm-panel", id: "bm-panel", "aria-label": "Filters and events" });
    var head = el("header", { class: "bm-head" });
    head.appendChild(el("h1", null, document.title || "bordermap"));
    var count = el("p", { class: "bm-count", role: "status", "aria-live": "polite" });
    count.appendChild(document.createTextNode("Showing "));
    this.visibleCount = el("strong", { "data-testid": "visible-count" }, "0");
    count.appendChild(this.visibleCount);
    count.appendChild(document.createTextNode(" of "));
    count.appendChild(el("span", { "data-testid": "total-count" }, String(model.n)));
    count.appendChild(document.createTextNode(" events"));
    head.appendChild(count);
    var buttons = el("div", { class: "bm-buttons" });
    var reset = el("button", { type: "button" }, "Reset filters");
    reset.addEventListener("click", function () { self.applyHash("", false); });
    var about = el("button", { type: "button", "aria-haspopup": "dialog" }, "About & legend");
    about.addEventListener("click", function () { self.showAbout(); });
    buttons.appendChild(reset);
    buttons.appendChild(about);
    head.appendChild(buttons);
    this.alert = el("p", { class: "bm-alert", role: "alert", hidden: "" });
    head.appendChild(this.alert);
    panel.appendChild(head);

    var filters = el("div", { class: "bm-filters" });
    this.facetInputs = {};
    this.facetCounts = {};
    FACETS.forEach(function (f) {
      var box = el("details", { class: "bm-facet", open: "" });
      box.appendChild(el("summary", null, FACET_LABELS[f]));
      self.facetInputs[f] = [];
      self.facetCounts[f] = [];
      var order = model.values[f].map(function (v, i) { return i; });
      order.sort(function (a, b) { return String(self.label(f, a)).localeCompare(String(self.label(f, b))); });
      order.forEach(function (idx) {
        var value = model.values[f][idx];
        var row = el("label", { class: "bm-check" });
        var input = el("input", { type: "checkbox", "data-filter": f });
        input.value = value;
        input.checked = true;
        input.addEventListener("change", function () {
          self.state.off[f][idx] = !input.checked;
          self.recompute();
        });
        row.appendChild(input);
        if (f === "event_type") row.appendChild(el("span", { class: "bm-swatch", style: "background:" + (TYPES[value] || ["", "#555"])[1] }));
        row.appendChild(el("span", { class: "bm-label" }, self.label(f, idx)));
        var n = el("span", { class: "bm-n" }, "0");
        row.appendChild(n);
        box.appendChild(row);
        self.facetInputs[f][idx] = input;
        self.facetCounts[f][idx] = n;
      });
      filters.appendChild(box);
    });

    var dates = el("details", { class: "bm-facet", open: "" });
    dates.appendChild(el("summary", null, "Date"));
    var range = el("div", { class: "bm-dates" });
    this.fromInput = el("input", { type: "date", "data-testid": "date-from", "aria-label": "From date" });
    this.toInput = el("input", { type: "date", "data-testid": "date-to", "aria-label": "To date" });
    if (model.minDay >= 0) {
      this.fromInput.min = this.toInput.min = iso(model.minDay);
      this.fromInput.max = this.toInput.max = iso(model.maxDay);
    }
    function onDate() {
      self.state.from = parseDay(self.fromInput.value);
      self.state.to = parseDay(self.toInput.value);
      self.recompute();
    }
    this.fromInput.addEventListener("change", onDate);
    this.toInput.addEventListener("change", onDate);
    range.appendChild(this.fromInput);
    range.appendChild(el("span", null, "to"));
    range.appendChild(this.toInput);
    dates.appendChild(range);
    dates.appendChild(this.timeline());
    var undated = el("label", { class: "bm-check" });
    this.undatedInput = el("input", { type: "checkbox", "data-filter": "undated" });
    this.undatedInput.checked = true;
    this.undatedInput.addEventListener("change", function () {
      self.state.undated = self.undatedInput.checked;
      self.recompute();
    });
    undated.appendChild(this.undatedInput);
    undated.appendChild(el("span", { class: "bm-label" }, "Include events with no known date"));
    dates.appendChild(undated);
    filters.appendChild(dates);
    panel.appendChild(filters);

    var listHead = el("h2", { class: "bm-list-head", id: "bm-list-title" }, "Events");
    panel.appendChild(listHead);
    this.list = el("ol", { class: "bm-list", "data-testid": "event-list", role: "listbox", "aria-labelledby": "bm-list-title" });
    this.list.addEventListener("keydown", function (e) { self.onListKey(e); });
    panel.appendChild(this.list);
    this.more = el("p", { class: "bm-more" });
    panel.appendChild(this.more);

    this.card = el("section", { class: "bm-card", "data-testid": "event-card", "aria-live": "polite", hidden: "" });
    this.map.getContainer().appendChild(this.card);
    L.DomEvent.disableClickPropagation(this.card);
    L.DomEvent.disableScrollPropagation(this.card);
    document.body.insertBefore(panel, document.body.firstChild);
    document.body.classList.add("bm-page");
    this.panelControl();
    this.map.invalidateSize();
  };

  App.prototype.showPanel = function (on) {
    if (document.body.classList.contains("bm-panel-hidden") !== !on) {
      document.body.classList.toggle("bm-panel-hidden", !on);
      this.map.invalidateSize({ animate: false });
    }
    if (this.panelButton) {
      this.panelButton.setAttribute("aria-expanded", String(on));
      this.panelButton.textContent = on
        ? "« Hide filters"
        : "☰ Showing " + this.visibleList.length + " of " + this.model.n + " events · filters";
    }
  };

  App.prototype.panelControl = function () {
    var self = this;
    var Control = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var button = el("button", { type: "button", class: "bm-panel-toggle", "aria-controls": "bm-panel" });
        L.DomEvent.disableClickPropagation(button);
        button.addEventListener("click", function () {
          self.state.panel = !self.state.panel;
          self.showPanel(self.state.panel);
          self.layer.redraw();
          self.writeHash();
        });
        self.panelButton = button;
        return button;
      }
    });
    new Control().addTo(this.map);
  };

  App.prototype.timeline = function () {
    var model = this.model, self = this;
    var wrap = el("div", { class: "bm-timeline" });
    if (model.minDay < 0) return wrap;
    var y0 = new Date(model.minDay * DAY).getUTCFullYear();
    var y1 = new Date(model.maxDay * DAY).getUTCFullYear();
    var counts = {};
    var max = 1;
    for (var i = 0; i < model.n; i++) {
      if (model.ev.d0[i] < 0) continue;
      var y = new Date(model.ev.d0[i] * DAY).getUTCFullYear();
      counts[y] = (counts[y] || 0) + 1;
      if (counts[y] > max) max = counts[y];
    }
    for (var year = y0; year <= y1; year++) {
      var b = el("button", { type: "button", class: "bm-bar", title: year + ": " + (counts[year] || 0) + " events", "aria-label": "Show " + year + " only" });
      b.style.height = Math.max(2, Math.round((36 * (counts[year] || 0)) / max)) + "px";
      b.appendChild(el("span", null, year % 5 === 0 || year === y0 || year === y1 ? String(year) : ""));
      (function (yy) {
        b.addEventListener("click", function () {
          self.state.from = parseDay(yy + "-01-01");
          self.state.to = parseDay(yy + "-12-31");
          self.recompute();
        });
      })(year);
      wrap.appendChild(b);
    }
    return wrap;
  };

  App.prototype.label = function (facet, idx) {
    var value = this.model.values[facet][idx];
    if (facet === "event_type") return (TYPES[value] || [value])[0];
    if (facet === "status") return (STATUS[value] || [value])[0];
    return value;
  };

  App.prototype.dateText = function (i) {
    var ev = this.model.ev;
    var prec = this.model.dict.date_precision[ev.dprec[i]];
    if (ev.d0[i] < 0) return "Date unknown";
    var a = iso(ev.d0[i]), b = iso(ev.d1[i]);
    return a === b ? a : a + " – " + b;
  };

  App.prototype.renderList = function () {
    var model = this.model, ev = model.ev, self = this;
    if (!this.texts) {
      this.list.textContent = "";
      this.more.textContent = this.textsError || "Loading the event texts…";
      return;
    }
    var texts = this.texts;
    var frag = document.createDocumentFragment();
    var shown = [];
    for (var o = 0; o < model.n && shown.length < LIST_LIMIT; o++) {
      if (this.visible[model.order[o]]) shown.push(model.order[o]);
    }
    shown.forEach(function (i) {
      var li = el("li", { class: "bm-item", role: "option", tabindex: "-1", "data-event-id": model.ids[i], "aria-selected": String(i === self.state.selected) });
      var meta = el("div", { class: "bm-item-meta" });
      meta.appendChild(el("span", { class: "bm-swatch", style: "background:" + (TYPES[model.dict.event_type[ev.type[i]]] || ["", "#555"])[1] }));
      meta.appendChild(el("span", null, self.dateText(i)));
      meta.appendChild(el("span", null, model.dict.place[ev.place[i]]));
      var status = model.dict.status[ev.status[i]];
      meta.appendChild(el("span", { class: "bm-badge bm-" + status.replace(/\s/g, "-") }, (STATUS[status] || [status])[0]));
      var nsrc = ev.src[i].length;
      meta.appendChild(el("span", { class: "bm-nsrc", "data-testid": "source-count" }, nsrc + (nsrc === 1 ? " source" : " sources")));
      li.appendChild(meta);
      li.appendChild(el("div", { class: "bm-item-text" }, texts.row(i)[0]));
      li.addEventListener("click", function () { self.select(i, true); });
      frag.appendChild(li);
    });
    this.list.textContent = "";
    this.list.appendChild(frag);
    var first = this.list.querySelector('[aria-selected="true"]') || this.list.firstChild;
    if (first) first.setAttribute("tabindex", "0");
    var rest = this.visibleList.length - shown.length;
    this.more.textContent = rest > 0 ? "and " + rest + " more: narrow the filters to list them" : "";
  };

  App.prototype.onListKey = function (e) {
    var items = Array.prototype.slice.call(this.list.children);
    var at = items.indexOf(document.activeElement);
    if (at < 0) return;
    var next = at;
    if (e.key === "ArrowDown") next = Math.min(items.length - 1, at + 1);
    else if (e.key === "ArrowUp") next = Math.max(0, at - 1);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = items.length - 1;
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      this.select(this.model.index[items[at].getAttribute("data-event-id")], true);
      return;
    } else return;
    e.preventDefault();
    items[at].setAttribute("tabindex", "-1");
    items[next].setAttribute("tabindex", "0");
    items[next].focus();
  };

  App.prototype.select = function (i, move) {
    this.state.selected = i;
    var self = this;
    Array.prototype.forEach.call(this.list.children, function (li) {
      var on = li.getAttribute("data-event-id") === self.model.ids[i];
      li.setAttribute("aria-selected", String(on));
      li.setAttribute("tabindex", on ? "0" : "-1");
      if (on && li.scrollIntoView) li.scrollIntoView({ block: "nearest" });
    });
    this.focusEvent(i, move);
    this.renderCard();
    this.layer.redraw();
    this.writeHash();
  };

  App.prototype.focusEvent = function (i, move) {
    if (i < 0) return;
    var ll = L.latLng(this.model.lat[i], this.model.lng[i]);
    if (move !== false || !this.map.getBounds().pad(-0.1).contains(ll)) {
      this.map.setView(ll, Math.max(this.map.getZoom(), 7), { animate: false });
    }
    this.renderCard();
    this.layer.redraw();
  };

  App.prototype.onMapClick = function (e) {
    var hits = this.layer.hits(e.containerPoint);
    if (!hits.length) return;
    if (hits.length === 1) {
      this.select(hits[0], false);
      return;
    }
    this.showChooser(hits);
  };

  App.prototype.showChooser = function (hits) {
    var self = this, ev = this.model.ev;
    var card = this.card;
    card.textContent = "";
    card.hidden = false;
    card.appendChild(this.closeButton());
    card.appendChild(el("h2", null, hits.length + " events here"));
    var ul = el("ul", { class: "bm-chooser" });
    hits.forEach(function (i) {
      var b = el("button", { type: "button" }, self.dateText(i) + " · " + (self.texts ? self.texts.row(i)[0] : "event " + (i + 1)));
      b.addEventListener("click", function () { self.select(i, false); });
      var li = el("li");
      li.appendChild(b);
      ul.appendChild(li);
    });
    card.appendChild(ul);
  };

  App.prototype.closeButton = function () {
    var self = this;
    var close = el("button", { type: "button", class: "bm-close", "aria-label": "Close" }, "×");
    close.addEventListener("click", function () {
      self.state.selected = -1;
      self.card.hidden = true;
      self.layer.redraw();
      self.writeHash();
      self.renderList();
    });
    return close;
  };

  App.prototype.renderCard = function () {
    var i = this.state.selected;
    var card = this.card;
    if (i < 0) {
      card.hidden = true;
      card.textContent = "";
      return;
    }
    var model = this.model, ev = model.ev, dict = model.dict;
    if (!this.texts) return;
    var row = this.texts.row(i), arts = this.texts.articles;
    card.textContent = "";
    card.hidden = false;
    card.appendChild(this.closeButton());
    var status = dict.status[ev.status[i]];
    var badge = el("p", { class: "bm-badge bm-" + status.replace(/\s/g, "-") }, (STATUS[status] || [status])[0]);
    card.appendChild(badge);
    card.appendChild(el("h2", null, row[0]));
    var dl = el("dl");
    function line(term, value) {
      if (value === null || value === undefined || value === "") return;
      dl.appendChild(el("dt", null, term));
      var dd = el("dd");
      if (value instanceof Node) dd.appendChild(value);
      else dd.textContent = String(value);
      dl.appendChild(dd);
    }
    var prec = dict.date_precision[ev.dprec[i]];
    line("Date", this.dateText(i) + (ev.d0[i] >= 0 ? " (precision: " + prec + ")" : "") + (row[1] ? " — “" + row[1] + "”" : ""));
    var pprec = dict.precision[ev.pprec[i]];
    var admin = dict.admin[ev.admin[i]];
    var where = dict.place[ev.place[i]] + (admin ? ", " + admin : "");
    var placeWords = { place: "at the named place", near: "near the named place", region: "only the region is known" };
    line("Place", where + " (" + (placeWords[pprec] || pprec) + ")");
    if (row[4] !== null && row[4] !== undefined) line("Iraq–Syria border", row[4] + " km away");
    line("Type", (TYPES[dict.event_type[ev.type[i]]] || [dict.event_type[ev.type[i]]])[0] + " — ACLED: " + dict.acled[ev.acled[i]]);
    var claims = ev.claims[i];
    if (claims.length) {
      var ul = el("ul", { class: "bm-claims" });
      var said = {};
      claims.forEach(function (c) {
        var key = c.join(",");
        if (said[key]) return;
        said[key] = true;
        var actor = dict.actor[c[0]], stance = dict.stance[c[1]], by = dict.claimed_by[c[2]];
        var text = stance === "denies"
          ? actor + " denies responsibility — according to " + by
          : (stance === "claims_responsibility" ? "Responsibility claimed by " + actor : (stance === "suspected" ? "Suspected: " : "Attributed to ") + actor) + " — according to " + by;
        ul.appendChild(el("li", { class: stance === "denies" ? "bm-denial" : "" }, text));
      });
      line("Who is said to be responsible", ul);
    } else {
      line("Who is said to be responsible", "No source names anyone");
    }
    if (row[2].length) {
      line("Fatalities as reported", row[2].map(function (f) {
        var at = arts.id.indexOf(f[1]);
        return "“" + f[0] + "” (" + (at >= 0 ? dict.outlet[model.articleOutlet[at]] : f[1]) + ")";
      }).join("; "));
    }
    card.appendChild(dl);
    card.appendChild(el("h3", null, "Sources (" + ev.src[i].length + ")"));
    var sources = el("ol", { class: "bm-sources" });
    ev.src[i].forEach(function (a, k) {
      var li = el("li");
      var head = el("p", { class: "bm-source-head" });
      head.appendChild(el("strong", null, dict.outlet[model.articleOutlet[a]]));
      if (arts.title[a]) head.appendChild(document.createTextNode(" · " + arts.title[a]));
      if (arts.published[a]) head.appendChild(document.createTextNode(" · " + arts.published[a]));
      var href = safeHref(arts.url[a]);
      if (href) {
        head.appendChild(document.createTextNode(" · "));
        head.appendChild(el("a", { href: href, target: "_blank", rel: "noopener noreferrer nofollow" }, "article"));
      }
      li.appendChild(head);
      li.appendChild(el("blockquote", null, row[3][k]));
      sources.appendChild(li);
    });
    card.appendChild(sources);
  };

  App.prototype.showAbout = function () {
    var self = this;
    var existing = document.getElementById("bm-about");
    if (existing) {
      existing.hidden = false;
      existing.querySelector("button").focus();
      return;
    }
    var tpl = document.getElementById("bm-about-template");
    var box = el("div", { id: "bm-about", class: "bm-about", role: "dialog", "aria-modal": "true", "aria-label": "About this map" });
    var inner = el("div", { class: "bm-about-inner" });
    var close = el("button", { type: "button", class: "bm-close", "aria-label": "Close" }, "×");
    close.addEventListener("click", function () { box.hidden = true; });
    inner.appendChild(close);
    if (tpl) inner.appendChild(tpl.content.cloneNode(true));
    inner.appendChild(this.legend());
    inner.appendChild(el("h3", null, "Sources in this map"));
    var ul = el("ul");
    var seen = {};
    var model = this.model;
    var arts = this.texts ? this.texts.articles : { id: [], licence: [] };
    arts.id.forEach(function (id, a) {
      var outlet = model.dict.outlet[model.articleOutlet[a]];
      var key = outlet + "|" + arts.licence[a];
      if (seen[key]) return;
      seen[key] = true;
      ul.appendChild(el("li", null, outlet + (arts.licence[a] ? " — licence: " + arts.licence[a] : "")));
    });
    inner.appendChild(ul);
    box.appendChild(inner);
    box.addEventListener("keydown", function (e) { if (e.key === "Escape") box.hidden = true; });
    document.body.appendChild(box);
    close.focus();
    void self;
  };

  App.prototype.legend = function () {
    var wrap = el("div", { class: "bm-legend" });
    wrap.appendChild(el("h3", null, "Legend"));
    var types = el("ul");
    Object.keys(TYPES).forEach(function (t) {
      var li = el("li");
      li.appendChild(el("span", { class: "bm-swatch", style: "background:" + TYPES[t][1] }));
      li.appendChild(document.createTextNode(TYPES[t][0]));
      types.appendChild(li);
    });
    wrap.appendChild(types);
    var marks = el("ul");
    [["bm-dot", "Filled: at the named place"], ["bm-ring", "Hollow: near the named place, or only the region is known (with a faint dashed area)"],
     ["bm-dot bm-o-contested", "Red outline: contested (a denial, or claims naming different actors)"],
     ["bm-dot bm-o-corroborated", "Black outline: corroborated by two or more outlets"],
     ["bm-dot bm-o-unknown", "Grey outline: no source names anyone responsible"]].forEach(function (m) {
      var li = el("li");
      li.appendChild(el("span", { class: m[0] }));
      li.appendChild(document.createTextNode(m[1]));
      marks.appendChild(li);
    });
    wrap.appendChild(marks);
    return wrap;
  };

  // The texts are inlined gzip-compressed (base64): the browser inflates them natively while
  // the map draws from the small core, so 100,000 events stay quick to open.
  // One JSON line per event, decoded and parsed when the event is shown: [summary, date words,
  // fatalities as reported, quotes, distance to the border].  Lines 0 and 1: ids, articles.
  function Texts(bytes, offsets) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.decoder = new TextDecoder();
    this.cache = {};
    this.ids = JSON.parse(this.line(0));
    this.articles = JSON.parse(this.line(1));
  }

  Texts.prototype.line = function (k) {
    var end = k + 1 < this.offsets.length ? this.offsets[k + 1] - 1 : this.bytes.length;
    return this.decoder.decode(this.bytes.subarray(this.offsets[k], end));
  };

  Texts.prototype.row = function (i) {
    return this.cache[i] || (this.cache[i] = JSON.parse(this.line(i + 2)));
  };

  // base64 → gzip → bytes, and where each line starts.  Run in a worker (a blob: URL, no
  // network) so the map draws meanwhile on the main thread; in the page if workers are refused.
  function inflateLines(b64) {
    var bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(b64);
    } else {
      var bin = atob(b64);
      bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) {
      var u = new Uint8Array(buffer);
      var starts = [0];
      for (var j = u.indexOf(10); j !== -1; j = u.indexOf(10, j + 1)) starts.push(j + 1);
      return { buffer: buffer, offsets: new Uint32Array(starts) };
    });
  }

  var WORKER_SOURCE = "var inflateLines = " + inflateLines.toString() + ";\n" +
    "onmessage = function (e) { inflateLines(e.data).then(function (r) {" +
    " postMessage(r, [r.buffer, r.offsets.buffer]); }, function (err) { postMessage({ error: String(err) }); }); };";

  // Where the texts come from: a promise of the base64 string.  Inlined, they are the text of an
  // element; kept beside the page (a large map), a script file that calls bordermapTexts.
  var textsArrived = null;
  window.bordermapTexts = function (b64) {
    if (textsArrived) textsArrived(b64);
  };

  function textsFromElement(id) {
    return Promise.resolve(document.getElementById(id).textContent);
  }

  function textsFromFile(src) {
    return new Promise(function (resolve, reject) {
      textsArrived = resolve;
      var script = document.createElement("script");
      script.src = src;
      script.async = true;
      script.onerror = function () {
        reject("the file " + decodeURIComponent(src) + " is missing: keep it beside this page");
      };
      document.head.appendChild(script);
    });
  }

  function readTexts(source, timings) {
    var t0 = 0;
    function done(r) {
      timings.texts_inflate_ms = Math.round(performance.now() - t0);
      var t1 = performance.now();
      var texts = new Texts(new Uint8Array(r.buffer), r.offsets);
      timings.texts_parse_ms = Math.round(performance.now() - t1);
      return texts;
    }
    return source.then(function (b64) {
      t0 = performance.now();
      timings.texts_arrived_ms = Math.round(t0);
      return inflate(b64, timings).then(done);
    });
  }

  function inflate(b64, timings) {
    var worker = null, url = null;
    try {
      url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
      worker = new Worker(url);
    } catch (err) {
      worker = null;
    }
    if (!worker) {
      timings.texts_worker = false;
      return inflateLines(b64);
    }
    timings.texts_worker = true;
    return new Promise(function (resolve, reject) {
      worker.onmessage = function (e) {
        worker.terminate();
        URL.revokeObjectURL(url);
        if (e.data.error) reject(e.data.error);
        else resolve(e.data);
      };
      worker.onerror = function (e) {
        worker.terminate();
        URL.revokeObjectURL(url);
        e.preventDefault();
        inflateLines(b64).then(resolve, reject);  // the page does it itself, then
      };
      worker.postMessage(b64);
    });
  }

  // Called right after the texts element (or, when the texts are kept in a file beside the
  // page, with that file's address), before the rest of the page is even parsed, so the worker
  // inflates them while the browser reads the page and draws the map.
  var started = {};
  window.bordermapStartTexts = function (textsElementId, src) {
    if (!started[textsElementId]) {
      var timings = {};
      var source = src ? textsFromFile(src) : textsFromElement(textsElementId);
      started[textsElementId] = { timings: timings, promise: readTexts(source, timings), fromFile: !!src };
    }
    return started[textsElementId];
  };

  // When the texts come from a file, the page starts one task later, so that file (loaded
  // meanwhile) can hand its texts to the worker first instead of waiting for the whole start.
  window.bordermapInit = function (map, control, dataElementId, textsElementId) {
    var start = window.bordermapStartTexts(textsElementId);
    var timings = start.timings;
    var texts = start.promise;
    function init() {
      var data = JSON.parse(document.getElementById(dataElementId).textContent);
      var app = new App(map, control, data, texts);
      function copyTimings() { Object.keys(timings).forEach(function (k) { app.api.timings[k] = timings[k]; }); }
      copyTimings();
      texts.then(copyTimings, copyTimings);  // a failure is shown in the panel by App
    }
    if (start.fromFile) setTimeout(init, 0);
    else init();
  };
})();
