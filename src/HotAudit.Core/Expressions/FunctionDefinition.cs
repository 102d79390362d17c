namespace HotAudit.Core.Expressions;

/// <summary>A function of the expression language: its arity and how it is bound to compiled arguments.</summary>
/// <param name="Name">Lower-case name.</param>
/// <param name="Arity">Number of arguments, or -1 for any number.</param>
/// <param name="Description">One line for <c>rules list</c> and the README.</param>
/// <param name="Bind">Makes the evaluator of a call from the evaluators of its arguments.</param>
internal sealed record FunctionDefinition(string Name, int Arity, string Description, Func<Evaluator[], Evaluator> Bind);
