// Scales a real feed to N meetings for the benchmark: copies of its records with unique slugs and
// names, spread a little in space, so the search and list work on realistic text at any size.
export function scaleFeed(records, size) {
  const out = [];
  for (let i = 0; out.length < size; i++) {
    const copy = Math.floor(i / records.length);
    const record = records[i % records.length];
    if (copy === 0) {
      out.push(record);
      continue;
    }
    const shift = copy * 0.05;
    out.push({
      ...record,
      slug: `${record.slug}-copy-${copy}`,
      name: `${record.name} ${copy + 1}`,
      ...(record.latitude !== undefined && record.latitude !== '' ? { latitude: String(Number(record.latitude) + shift) } : {}),
      ...(record.longitude !== undefined && record.longitude !== '' ? { longitude: String(Number(record.longitude) - shift) } : {}),
    });
  }
  return out;
}
