global using FluentAssertions;
global using HotAudit.Core.Contract;
global using HotAudit.Core.Rules;
global using HotAudit.Core.Rules.Kinds;
global using Xunit;
global using static HotAudit.Rules.Tests.Kinds.KindCase;
