// Each cluster test runs several worker processes on a small machine; side by side they would slow each other's
// failure detection down, so the tests run one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
