import Testing

/// Every end-to-end story, one at a time: each starts its own services (dozens of database
/// connections, several processes), and the parallel test pass shares one PostgreSQL and two cores
/// with every other suite. Run alone, a story takes seconds.
@Suite(.serialized)
enum EndToEnd {}
