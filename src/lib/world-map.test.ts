import { describe, expect, it } from 'vitest';
import {
  boundsOf, buildLocator, buildPlaceMap, compactPath, contains, crowding, dotRadius, fitRect, largestCluster,
  placeLabels, projectCoordinates, regionName, selectCloseUp, worldBaseSvg, worldExtent, type MapPoint,
} from './world-map.ts';
import { makePlace } from './__fixtures__/factories.ts';
import type { Topology } from 'topojson-specification';

/** Places as the registry has them, through the real schema. */
const registry = [
  makePlace({ name: 'Syrien', lat: 34.8, lon: 38.99 }),
  makePlace({ name: 'Rakka', kind: 'city', lat: 35.95, lon: 39.02 }),
  makePlace({ name: 'Nordsyrien', kind: 'region', lat: 36.5, lon: 39.5 }),
  makePlace({ name: 'Abu Kamal', kind: 'city', lat: 34.45, lon: 40.94 }),
  makePlace({ name: 'Irak', lat: 33.22, lon: 43.68 }),
  makePlace({ name: 'Vereinigte Staaten', lat: 39.83, lon: -98.58 }),
  makePlace({ name: 'Russland', lat: 61.52, lon: 105.32 }),
];
const inputs = registry.map((place, index) => ({
  name: place.name, path: `/orte/${index}/`, count: index === 0 ? 4 : 1, coordinates: { lat: place.lat, lon: place.lon },
}));

describe('projectCoordinates', () => {
  it('puts the map inside the world extent, west left and north up', () => {
    const west = projectCoordinates({ lat: 0, lon: -170 });
    const east = projectCoordinates({ lat: 0, lon: 170 });
    const north = projectCoordinates({ lat: 60, lon: 0 });
    expect(west.x).toBeLessThan(east.x);
    expect(north.y).toBeLessThan(projectCoordinates({ lat: 0, lon: 0 }).y);
    expect(contains(worldExtent, west) && contains(worldExtent, east)).toBe(true);
    expect(projectCoordinates({ lat: 0, lon: 0 }).x).toBeCloseTo(worldExtent.width / 2, 0);
  });

  it('rounds to a tenth of a unit', () => {
    const { x, y } = projectCoordinates({ lat: 34.8, lon: 38.99 });
    expect(Math.round(x * 10) / 10).toBe(x);
    expect(Math.round(y * 10) / 10).toBe(y);
  });
});

describe('compactPath', () => {
  it('writes whole-unit relative commands and drops repeated points', () => {
    const d = compactPath({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [10, 10.0001], [0, 10], [0, 0]]] });
    expect(d).toMatch(/^m\d+ \d+l/);
    expect(d).not.toMatch(/\./);
    expect(d.endsWith('z')).toBe(true);
  });
});

describe('worldBaseSvg', () => {
  it('writes the globe, land and borders with ids and no colours, small enough to ship', async () => {
    const { default: land } = await import('world-atlas/land-110m.json', { with: { type: 'json' } });
    const { default: countries } = await import('world-atlas/countries-110m.json', { with: { type: 'json' } });
    const svg = worldBaseSvg(land as unknown as Topology, countries as unknown as Topology);
    expect(svg).toContain('id="erde"');
    expect(svg).toContain('id="land"');
    expect(svg).toContain('id="grenzen"');
    expect(svg).not.toMatch(/fill="#|stroke="#/);
    expect(svg.length).toBeLessThan(48_000);
  });
});

describe('largestCluster', () => {
  it('chains points within the radius and returns the biggest group', () => {
    const points = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 5, y: 0 }, { x: 9, y: 0 }, { x: 105, y: 0 }];
    expect(largestCluster(points, 5)).toEqual([0, 2, 3]);
    expect(largestCluster([], 5)).toEqual([]);
  });
});

describe('fitRect', () => {
  const extent = { x: 0, y: 0, width: 1000, height: 500 };

  it('pads, widens to the minimum and keeps the aspect ratio around the centre', () => {
    const rect = fitRect({ x: 480, y: 240, width: 40, height: 20 }, { padding: 10, minWidth: 200, aspect: 2, extent });
    expect(rect).toEqual({ x: 400, y: 200, width: 200, height: 100 });
  });

  it('moves the rectangle inside the extent at its edges', () => {
    const rect = fitRect({ x: 990, y: 5, width: 0, height: 0 }, { padding: 0, minWidth: 200, aspect: 2, extent });
    expect(rect).toEqual({ x: 800, y: 0, width: 200, height: 100 });
  });
});

describe('selectCloseUp', () => {
  it('frames the crowded Middle East and nothing when points are spread out', () => {
    const points = inputs.map((place) => projectCoordinates(place.coordinates));
    const rect = selectCloseUp(points)!;
    expect(rect).not.toBeNull();
    for (const place of inputs.slice(0, 5)) expect(contains(rect, projectCoordinates(place.coordinates))).toBe(true);
    expect(contains(rect, projectCoordinates(inputs[5]!.coordinates))).toBe(false);
    expect(rect.width / rect.height).toBeCloseTo(worldExtent.width / worldExtent.height, 1);
    expect(selectCloseUp(points.slice(3))).toBeNull();
    expect(crowding.minPoints).toBeGreaterThan(1);
  });
});

describe('regionName', () => {
  it('names the region a centre lies in', () => {
    expect(regionName({ lat: 35, lon: 40 })).toBe('Naher Osten');
    expect(regionName({ lat: 50, lon: 5 })).toBe('Europa');
    expect(regionName({ lat: -80, lon: 0 })).toBe('Ausschnitt');
  });
});

describe('dotRadius', () => {
  it('grows with the square root of the count from 3 to 10 pixels', () => {
    expect(dotRadius(1, 100)).toBeCloseTo(3.7, 1);
    expect(dotRadius(100, 100)).toBe(10);
    expect(dotRadius(25, 100)).toBe(6.5);
  });
});

describe('placeLabels', () => {
  const point = (name: string, x: number, count = 1): MapPoint => ({ name, path: '/', count, x, y: 50, r: 2, title: name, link: true });

  it('writes the bigger name first, right of its dot, the next on the left when the right is taken, none when both are', () => {
    const rect = { x: 0, y: 0, width: 200, height: 100 };
    const [a, b, c] = placeLabels([point('Aaaa', 100, 5), point('Bbbb', 90), point('Cccc', 70, 3)], rect, 10);
    expect(a!.text?.anchor).toBe('start');
    expect(c!.text?.anchor).toBe('end');
    expect(b!.text).toBeUndefined();
  });

  it('leaves a name out rather than letting it run past the edge', () => {
    const [edge] = placeLabels([point('Sehr langer Name', 5)], { x: 0, y: 0, width: 40, height: 100 }, 10);
    expect(edge!.text).toBeUndefined();
  });
});

describe('buildPlaceMap', () => {
  const map = buildPlaceMap([...inputs, { name: 'Neuland', path: '/orte/neuland/', count: 2 }], 'karte-ausschnitt');

  it('lists places without coordinates instead of drawing them', () => {
    expect(map.unplaced).toEqual([{ name: 'Neuland', path: '/orte/neuland/', count: 2 }]);
    expect(map.placed.map((row) => row.name)).not.toContain('Neuland');
    expect(map.world.points.map((point) => point.name)).not.toContain('Neuland');
  });

  it('links each drawn place exactly once on the world view or in the close-up', () => {
    const linked = [...map.world.points, ...(map.closeUp?.points ?? [])].filter((point) => point.link).map((point) => point.name).sort();
    expect(linked).toEqual(inputs.map((place) => place.name).sort());
    expect(map.world.frame?.href).toBe('#karte-ausschnitt');
    expect(map.closeUp?.name).toBe('Naher Osten');
  });

  it('draws crowded points on the world view as context only, and bigger counts as bigger dots', () => {
    const syria = map.world.points.find((point) => point.name === 'Syrien')!;
    const usa = map.world.points.find((point) => point.name === 'Vereinigte Staaten')!;
    expect(syria.link).toBe(false);
    expect(usa.link).toBe(true);
    expect(syria.r).toBeGreaterThan(usa.r);
    expect(usa.title).toBe('Vereinigte Staaten: 1 Artikel');
  });

  it('has no close-up when nothing crowds', () => {
    const spread = buildPlaceMap(inputs.slice(4), 'x');
    expect(spread.closeUp).toBeUndefined();
    expect(spread.world.frame).toBeUndefined();
    expect(spread.world.points.every((point) => point.link)).toBe(true);
  });
});

describe('buildLocator', () => {
  it('centres a window on the place, wider for a continent, and kept inside the world', () => {
    const syria = buildLocator({ name: 'Syrien', path: '/orte/syrien/', coordinates: { lat: 34.8, lon: 38.99 }, kind: 'country' });
    const africa = buildLocator({ name: 'Afrika', path: '/orte/afrika/', coordinates: { lat: 2, lon: 21 }, kind: 'continent' });
    const [dot] = syria.points;
    expect(dot!.x - syria.rect.x).toBeCloseTo(syria.rect.width / 2, 0);
    expect(africa.rect.width).toBeGreaterThan(syria.rect.width);
    const pole = buildLocator({ name: 'Nordpol', path: '/', coordinates: { lat: 89, lon: 0 }, kind: 'other' });
    expect(pole.rect.y).toBe(0);
    expect(syria.points.every((point) => !point.link)).toBe(true);
    expect(syria.viewBox.split(' ').map(Number)).toEqual([syria.rect.x, syria.rect.y, syria.rect.width, syria.rect.height]);
  });
});

it('computes bounds of points', () => {
  expect(boundsOf([{ x: 1, y: 5 }, { x: 4, y: 2 }])).toEqual({ x: 1, y: 2, width: 3, height: 3 });
  expect(() => boundsOf([])).toThrow(/boundsOf/);
});
