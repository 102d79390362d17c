// The CLI is driven in-process through Program.Main; its console and static wiring are not meant to be shared by
// concurrent runs, so the end-to-end tests run one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
