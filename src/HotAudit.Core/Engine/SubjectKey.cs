using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Engine;

/// <summary>Up to four symbols identifying a subject (or a sequence key): compared as integers.</summary>
public readonly record struct SubjectKey(int A, int B, int C, int D)
{
    /// <summary>The most fields a key holds.</summary>
    public const int Capacity = 4;

    /// <summary>The i-th symbol.</summary>
    public int this[int i] => i switch { 0 => A, 1 => B, 2 => C, _ => D };

    /// <summary>Evaluates key fields on a row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SubjectKey Of(Evaluator[] fields, in Record row, EvalContext context)
    {
        Span<int> s = stackalloc int[Capacity];
        for (var i = 0; i < fields.Length; i++)
        {
            s[i] = fields[i](row, context).Symbol;
        }
        return new SubjectKey(s[0], s[1], s[2], s[3]);
    }
}
