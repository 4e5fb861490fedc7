// Integration, system and browser tests start databases, servers and browsers on a shared 2-core machine:
// give them room. Performance targets belong in benchmarks, not in test timeouts.
jest.setTimeout(120_000);
