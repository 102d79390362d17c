using System.CommandLine;
using HotAudit.Assessment;
using HotAudit.Rules.Packs;
using HotAudit.Rules.Testing;

namespace HotAudit.Cli.Commands;

/// <summary><c>hotaudit rules list | lint | test [--rules DIR]...</c>.</summary>
internal static class RulesCommand
{
    /// <summary>The command; <c>rules test</c> runs the examples with the run's signature verifier and a new anomaly monitor.</summary>
    public static Command Create(AssessServices services)
    {
        var command = new Command("rules", "List, validate and test the rule packs.");
        command.Add(Sub("list", "List the packs and their rules.", List));
        command.Add(Sub("lint", "Validate every rule pack and the clause catalog (unknown fields, clauses, ids, parameters, examples, expressions).", Lint));
        command.Add(Sub("test", "Run every rule's own examples.", (set, output) => Test(set, output, services)));
        return command;
    }

    private static Command Sub(string name, string description, Func<RuleSet, TextWriter, int> action)
    {
        var rules = RuleFolders.Option();
        var command = new Command(name, description) { rules };
        command.SetAction(parse => action(RuleSetLoader.Load(RuleFolders.Resolve(parse.GetValue(rules))), System.Console.Out));
        return command;
    }

    internal static int List(RuleSet set, TextWriter output)
    {
        foreach (var pack in set.Packs)
        {
            output.WriteLine($"{pack.Name} {pack.Version} ({pack.File}): {pack.Description}");
            foreach (var r in pack.Rules)
            {
                output.WriteLine($"  {r.Id,-10} {r.Severity.ToString().ToLowerInvariant(),-8} {r.Basis} {string.Join(", ", r.Clauses),-28} {r.Title.En}");
            }
        }
        return set.Issues.Count == 0 ? Program.Ok : Lint(set, output);
    }

    internal static int Lint(RuleSet set, TextWriter output)
    {
        foreach (var issue in set.Issues)
        {
            output.WriteLine(issue);
        }
        var rules = set.Rules.Count();
        output.WriteLine(set.Issues.Count == 0
            ? $"lint: {set.Packs.Count} packs, {rules} rules, {set.Catalog.Clauses.Count} clauses: no problems"
            : $"lint: {set.Issues.Count} problem(s)");
        return set.Issues.Count == 0 ? Program.Ok : Program.BadInput;
    }

    internal static int Test(RuleSet set, TextWriter output, AssessServices services)
    {
        if (set.Issues.Count > 0)
        {
            return Lint(set, output);
        }
        var outcomes = RuleTester.Run(set.Rules, services.Verifier, services.NewMonitor(null));
        foreach (var o in outcomes)
        {
            output.WriteLine($"{(o.Passed ? "pass" : "FAIL")}  {o.Rule.Id,-10} {(o.Example.MustFire ? "fires " : "silent")}  {o.Example.Name}: {o.Detail}");
        }
        var failed = outcomes.Count(o => !o.Passed);
        output.WriteLine($"rules test: {outcomes.Count - failed} passed, {failed} failed ({set.Rules.Count()} rules)");
        return failed == 0 ? Program.Ok : Program.Findings;
    }
}
