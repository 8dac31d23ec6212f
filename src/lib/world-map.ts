/**
 * The places of the archive on a world map, drawn at build time. One projection (Natural Earth,
 * `d3-geo`) maps degrees to SVG user units on a 1920-unit-wide world; the base map (land and
 * borders from Natural Earth 1:110m, the `world-atlas` package) is one static SVG file that every
 * map references with `<use>`, and each view is only a viewBox over it plus its points as links.
 * Where points crowd, `selectCloseUp` picks a closer view. Pure: no file or network access here;
 * the endpoint `src/pages/karte/welt.svg.ts` passes the atlas in.
 */
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countLabel } from './page-meta.ts';
import { compareNames } from './sort.ts';

/** A rectangle in map user units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Coordinates {
  lat: number;
  lon: number;
}

/** A place as the map needs it; no coordinates for names the registry does not know. */
export interface MapPlaceInput {
  name: string;
  path: string;
  /** Articles that mention it. */
  count: number;
  coordinates?: Coordinates | undefined;
}

/** One point on one view, in that view's user units. */
export interface MapPoint {
  name: string;
  path: string;
  count: number;
  x: number;
  y: number;
  r: number;
  /** Accessible name and tooltip: "Syrien: 4 Artikel". */
  title: string;
  /** False where the point is drawn for context only and another view links it. */
  link: boolean;
  /** Where its name is written, when there is room. */
  text?: { x: number; y: number; anchor: 'start' | 'end' } | undefined;
}

export interface MapView {
  viewBox: string;
  rect: Rect;
  points: MapPoint[];
  /** Font size and stroke scale in user units, so text and dots look the same size on every view. */
  fontSize: number;
  unit: number;
  /** The close-up's frame drawn on the world view, linking to it. */
  frame?: (Rect & { title: string; href: string }) | undefined;
}

/** A place with its coordinates, for the table behind the map. */
export interface PlacedRow {
  name: string;
  path: string;
  count: number;
  lat: number;
  lon: number;
}

export interface PlaceMapView {
  world: MapView;
  /** A closer view of the region where points crowd, when they do. */
  closeUp?: (MapView & { name: string }) | undefined;
  placed: PlacedRow[];
  /** Places without coordinates, listed instead of drawn. */
  unplaced: { name: string; path: string; count: number }[];
}

/** Width of the projected world in user units; 1 unit is half a pixel at the nominal width. */
export const mapWidth = 1920;
/** The width in CSS pixels views are designed for; dot sizes and fonts are set for it. */
export const nominalDisplayWidth = 960;
/** Southern edge of the world view: Antarctica is cut off, Cape Horn stays. */
const southernEdge = -58;

const projection = geoNaturalEarth1().fitWidth(mapWidth, { type: 'Sphere' });

/** The world view's rectangle: the whole width, from the pole down to `southernEdge`. */
export const worldExtent: Rect = { x: 0, y: 0, width: mapWidth, height: Math.round(projectCoordinates({ lat: southernEdge, lon: 0 }).y) };

/** Degrees to user units, to a tenth of a unit. */
export function projectCoordinates({ lat, lon }: Coordinates): { x: number; y: number } {
  const point = projection([lon, lat]);
  if (!point) throw new Error(`projectCoordinates: ${lat}, ${lon} cannot be projected`);
  return { x: round(point[0]), y: round(point[1]) };
}

/**
 * An SVG path of `object` in whole user units with relative commands, repeated points dropped:
 * about a third of the size of d3's absolute output at the same precision.
 */
export function compactPath(object: GeoPermissibleObjects): string {
  const parts: string[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let inLine = false;
  const pair = (dx: number, dy: number) => `${dx}${dy < 0 ? '' : ' '}${dy}`;
  const context = {
    beginPath() {},
    moveTo(px: number, py: number) {
      const nx = Math.round(px);
      const ny = Math.round(py);
      parts.push(`m${pair(nx - x, ny - y)}`);
      x = startX = nx;
      y = startY = ny;
      inLine = false;
    },
    lineTo(px: number, py: number) {
      const nx = Math.round(px);
      const ny = Math.round(py);
      if (nx === x && ny === y) return;
      parts.push(`${inLine ? ' ' : 'l'}${pair(nx - x, ny - y)}`);
      inLine = true;
      x = nx;
      y = ny;
    },
    closePath() {
      parts.push('z');
      x = startX;
      y = startY;
      inLine = false;
    },
    arc() {
      throw new Error('compactPath: points are drawn as circles by the page, not as paths');
    },
  };
  geoPath(projection, context)(object);
  // A relative move at the very start is read as absolute; that is what it is, since x, y start at 0.
  return parts.join('');
}

/**
 * The base map as a standalone SVG file: the globe's outline (`#erde`), land (`#land`) and
 * borders (`#grenzen`). No colours: the page's `<use>` elements set fill and stroke, so one file
 * serves light and dark mode. Strokes do not scale, so borders stay thin on close-ups.
 */
export function worldBaseSvg(land: Topology, countries: Topology): string {
  const landObject = land.objects['land'] as GeometryCollection | undefined;
  const countryObject = countries.objects['countries'] as GeometryCollection | undefined;
  if (!landObject || !countryObject) throw new Error('worldBaseSvg: the atlas lacks its land or countries object');
  const sphere = compactPath({ type: 'Sphere' });
  const landPath = compactPath(feature(land, landObject));
  const borders = compactPath(mesh(countries, countryObject, (a, b) => a !== b));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapWidth} ${worldExtent.height}">`,
    '<title>Weltkarte nach Natural Earth (1:110 Mio.)</title>',
    `<path id="erde" d="${sphere}"/>`,
    `<path id="land" d="${landPath}"/>`,
    `<path id="grenzen" fill="none" vector-effect="non-scaling-stroke" d="${borders}"/>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Named regions for the close-up's heading, checked in order; the first containing the cluster wins. */
const namedRegions: { name: string; west: number; east: number; south: number; north: number }[] = [
  { name: 'Naher Osten', west: 24, east: 64, south: 10, north: 43 },
  { name: 'Europa', west: -25, east: 45, south: 34, north: 72 },
  { name: 'Ostasien', west: 95, east: 150, south: 15, north: 55 },
  { name: 'Südasien', west: 60, east: 95, south: 5, north: 38 },
  { name: 'Afrika', west: -20, east: 52, south: -36, north: 37 },
  { name: 'Nordamerika', west: -170, east: -50, south: 12, north: 75 },
  { name: 'Südamerika', west: -85, east: -32, south: -56, north: 13 },
];

/** The name of the region a cluster centre lies in ("Naher Osten"), or a neutral word. */
export function regionName(centre: Coordinates): string {
  const region = namedRegions.find(({ west, east, south, north }) =>
    centre.lon >= west && centre.lon <= east && centre.lat >= south && centre.lat <= north);
  return region?.name ?? 'Ausschnitt';
}

/**
 * Indices of the largest group of points chained together at most `radius` apart (single
 * linkage); ties go to the group with the lowest first index. Empty for no points.
 */
export function largestCluster(points: readonly { x: number; y: number }[], radius: number): number[] {
  const seen = new Set<number>();
  let best: number[] = [];
  for (let start = 0; start < points.length; start += 1) {
    if (seen.has(start)) continue;
    const group = [start];
    seen.add(start);
    for (let cursor = 0; cursor < group.length; cursor += 1) {
      const here = points[group[cursor]!]!;
      points.forEach((other, index) => {
        if (!seen.has(index) && Math.hypot(other.x - here.x, other.y - here.y) <= radius) {
          seen.add(index);
          group.push(index);
        }
      });
    }
    if (group.length > best.length) best = group.sort((a, b) => a - b);
  }
  return best;
}

/**
 * Grows `rect` by `padding` on every side, then to at least `minWidth` and to the aspect ratio
 * (width / height) around its centre, then moves it inside `extent` (shrinking only if larger).
 */
export function fitRect(rect: Rect, options: { padding: number; minWidth: number; aspect: number; extent: Rect }): Rect {
  const { padding, minWidth, aspect, extent } = options;
  let width = Math.max(rect.width + 2 * padding, minWidth);
  let height = rect.height + 2 * padding;
  if (width / height > aspect) height = width / aspect;
  else width = height * aspect;
  if (width > extent.width) { width = extent.width; height = width / aspect; }
  if (height > extent.height) { height = extent.height; width = height * aspect; }
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const x = clamp(cx - width / 2, extent.x, extent.x + extent.width - width);
  const y = clamp(cy - height / 2, extent.y, extent.y + extent.height - height);
  return { x: round(x), y: round(y), width: round(width), height: round(height) };
}

/** The smallest rectangle around the points. */
export function boundsOf(points: readonly { x: number; y: number }[]): Rect {
  if (points.length === 0) throw new Error('boundsOf: no points');
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Points closer than `crowdRadius` units chain into a cluster; this many make a close-up worth it. */
export const crowding = { crowdRadius: 40, minPoints: 4 } as const;

/**
 * The close-up where the points crowd most: the largest chain of points within
 * `crowding.crowdRadius` of each other, if it has at least `crowding.minPoints`, framed with room
 * around it in the world view's aspect ratio. Null when no region is crowded.
 */
export function selectCloseUp(points: readonly { x: number; y: number }[]): Rect | null {
  const cluster = largestCluster(points, crowding.crowdRadius);
  if (cluster.length < crowding.minPoints) return null;
  const bounds = boundsOf(cluster.map((index) => points[index]!));
  return fitRect(bounds, { padding: 60, minWidth: 320, aspect: worldExtent.width / worldExtent.height, extent: worldExtent });
}

/** Is the point inside the rectangle (edges included)? */
export function contains(rect: Rect, point: { x: number; y: number }): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

/** Dot radius in pixels at the nominal width: 3 px for one article, up to 10 px for the most. */
export function dotRadius(count: number, maxCount: number): number {
  return round(3 + 7 * Math.sqrt(Math.max(0, count) / Math.max(1, maxCount)));
}

/**
 * Writes names beside points where they fit: largest first, right of the dot or else left, never
 * over another name or dot or past the view's edge. Returns the points with `text` set where placed.
 */
export function placeLabels(points: readonly MapPoint[], rect: Rect, fontSize: number): MapPoint[] {
  const boxes: Rect[] = points.map((point) => ({ x: point.x - point.r, y: point.y - point.r, width: 2 * point.r, height: 2 * point.r }));
  const order = points.map((_, index) => index)
    .sort((a, b) => points[b]!.count - points[a]!.count || compareNames(points[a]!.name, points[b]!.name));
  const placed = points.map((point) => ({ ...point, text: undefined as MapPoint['text'] }));
  for (const index of order) {
    const point = points[index]!;
    const width = point.name.length * fontSize * 0.56;
    const height = fontSize * 1.1;
    const gap = point.r + fontSize * 0.3;
    for (const anchor of ['start', 'end'] as const) {
      const x = anchor === 'start' ? point.x + gap : point.x - gap;
      const box = { x: anchor === 'start' ? x : x - width, y: point.y - height / 2, width, height };
      const inside = box.x >= rect.x && box.x + box.width <= rect.x + rect.width && box.y >= rect.y && box.y + box.height <= rect.y + rect.height;
      const free = boxes.every((other, otherIndex) => otherIndex === index || !overlaps(box, other));
      if (inside && free) {
        placed[index]!.text = { x: round(x), y: round(point.y + fontSize * 0.35), anchor };
        boxes.push(box);
        break;
      }
    }
  }
  return placed;
}

/**
 * The map of the places index: every place with coordinates on the world view, and a close-up
 * where they crowd. On the world view the crowded points are context only; the close-up's frame
 * links to `closeUpAnchor` and the close-up links each of them, so no two links overlap.
 */
export function buildPlaceMap(places: readonly MapPlaceInput[], closeUpAnchor: string): PlaceMapView {
  const withCoordinates = places.filter((place) => place.coordinates !== undefined);
  const maxCount = Math.max(1, ...withCoordinates.map((place) => place.count));
  // Big dots first, so small ones are drawn on top and stay clickable.
  const projected = withCoordinates
    .map((place) => ({ place, ...projectCoordinates(place.coordinates!) }))
    .sort((a, b) => b.place.count - a.place.count || compareNames(a.place.name, b.place.name));
  const closeUpRect = selectCloseUp(projected);
  // A dot near the close-up's edge would be cut in half there; it stays a link on the world view.
  const closeUpInner = closeUpRect && insetRect(closeUpRect, closeUpRect.width * 0.03);
  const toPoints = (rect: Rect, unit: number, linkOf: (point: { x: number; y: number }) => boolean) => {
    return projected
      .filter((point) => contains(rect, point))
      .map(({ place, x, y }) => ({
        name: place.name,
        path: place.path,
        count: place.count,
        x,
        y,
        r: round(dotRadius(place.count, maxCount) * unit),
        title: `${place.name}: ${countLabel(place.count, 'Artikel', 'Artikel')}`,
        link: linkOf({ x, y }),
      }));
  };
  const worldUnit = worldExtent.width / nominalDisplayWidth;
  const world: MapView = {
    viewBox: viewBoxOf(worldExtent),
    rect: worldExtent,
    points: toPoints(worldExtent, worldUnit, (point) => closeUpInner === null || !contains(closeUpInner, point)),
    fontSize: round(13 * worldUnit),
    unit: worldUnit,
  };
  let closeUp: PlaceMapView['closeUp'];
  if (closeUpRect) {
    const inside = projected.filter((point) => contains(closeUpInner!, point));
    const centre = { lat: mean(inside.map((point) => point.place.coordinates!.lat)), lon: mean(inside.map((point) => point.place.coordinates!.lon)) };
    const name = regionName(centre);
    const unit = closeUpRect.width / nominalDisplayWidth;
    const fontSize = round(14 * unit);
    closeUp = {
      name,
      viewBox: viewBoxOf(closeUpRect),
      rect: closeUpRect,
      points: placeLabels(toPoints(closeUpInner!, unit, () => true), closeUpRect, fontSize),
      fontSize,
      unit: round(unit),
    };
    world.frame = { ...closeUpRect, title: `Ausschnitt ${name} vergrößert: ${countLabel(inside.length, 'Ort', 'Orte')}`, href: `#${closeUpAnchor}` };
  }
  return {
    world,
    closeUp,
    placed: withCoordinates
      .map((place) => ({ name: place.name, path: place.path, count: place.count, lat: place.coordinates!.lat, lon: place.coordinates!.lon }))
      .sort((a, b) => compareNames(a.name, b.name)),
    unplaced: places
      .filter((place) => place.coordinates === undefined)
      .map(({ name, path, count }) => ({ name, path, count }))
      .sort((a, b) => compareNames(a.name, b.name)),
  };
}

/** Width of the locator window per kind of place, in user units. */
const locatorWidths = { continent: 1100, country: 560, region: 420, city: 420, other: 420 } as const;

/**
 * The small map on a place's page: a window around the place, wide enough for its kind, kept
 * inside the world, with the place as its one dot.
 */
export function buildLocator(place: { name: string; path: string; coordinates: Coordinates; kind: keyof typeof locatorWidths }): MapView {
  const point = projectCoordinates(place.coordinates);
  const rect = fitRect({ ...point, width: 0, height: 0 }, { padding: 0, minWidth: locatorWidths[place.kind], aspect: 16 / 10, extent: worldExtent });
  const unit = round(rect.width / 480);
  return {
    viewBox: viewBoxOf(rect),
    rect,
    fontSize: round(13 * unit),
    unit,
    points: [{ name: place.name, path: place.path, count: 0, x: point.x, y: point.y, r: round(5 * unit), title: place.name, link: false }],
  };
}

/** The rectangle shrunk by `margin` on every side. */
export function insetRect(rect: Rect, margin: number): Rect {
  return { x: rect.x + margin, y: rect.y + margin, width: Math.max(0, rect.width - 2 * margin), height: Math.max(0, rect.height - 2 * margin) };
}

function viewBoxOf(rect: Rect): string {
  return `${rect.x} ${rect.y} ${rect.width} ${rect.height}`;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
