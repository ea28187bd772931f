using System.Text.Json.Nodes;
using Assistant.Bot.DevChat;

namespace Assistant.Tests.DevChat;

public sealed class DirectLineConversationTests
{
    private static DirectLineConversation New(int maxActivities = 100) =>
        new("c1", new DirectLineUser("u1", "Ulla"), DateTimeOffset.UnixEpoch, maxActivities);

    [Fact]
    public void Append_GivesIdsInOrder_AndReadFromAWatermark_GivesOnlyWhatCameAfter()
    {
        var conversation = New();
        var first = conversation.Append(new JsonObject { ["type"] = "message", ["text"] = "a" });
        var (all, watermark) = conversation.Read(0);
        var second = conversation.Append(new JsonObject { ["type"] = "message", ["text"] = "b" });

        var (after, next) = conversation.Read(watermark);

        Assert.Equal("c1|0000001", first);
        Assert.Equal("c1|0000002", second);
        Assert.Single(all);
        Assert.Equal("b", Assert.Single(after)["text"]!.GetValue<string>());
        Assert.Equal(2, next);
        Assert.Empty(conversation.Read(next).Activities);
    }

    [Fact]
    public void Replace_LogsTheNewVersionUnderTheOldIdAndTimestamp_AndFindGivesIt()
    {
        var conversation = New();
        var id = conversation.Append(new JsonObject { ["type"] = "message", ["text"] = "kort", ["timestamp"] = "t1" });
        var (_, watermark) = conversation.Read(0);

        var replaced = conversation.Replace(id, new JsonObject { ["type"] = "message", ["text"] = "kvitto", ["timestamp"] = "t2" }, _ => true);

        Assert.True(replaced);
        var update = Assert.Single(conversation.Read(watermark).Activities);
        Assert.Equal(id, update["id"]!.GetValue<string>());
        Assert.Equal("t1", update["timestamp"]!.GetValue<string>());
        Assert.Equal("kvitto", conversation.Find(id)!["text"]!.GetValue<string>());
        Assert.Single(conversation.Latest());
    }

    [Fact]
    public void Replace_OfAnUnknownOrRefusedActivity_ChangesNothing()
    {
        var conversation = New();
        var id = conversation.Append(new JsonObject { ["type"] = "message", ["text"] = "hej" });
        var (_, watermark) = conversation.Read(0);

        Assert.False(conversation.Replace("c1|9999999", new JsonObject { ["type"] = "message" }, _ => true));
        Assert.False(conversation.Replace(id, new JsonObject { ["type"] = "message" }, _ => false));
        Assert.Empty(conversation.Read(watermark).Activities);
    }

    [Fact]
    public void TheLog_KeepsOnlyTheNewestActivities_AndWatermarksStayValid()
    {
        var conversation = New(maxActivities: 10);
        for (var i = 0; i < 25; i++)
        {
            conversation.Append(new JsonObject { ["type"] = "message", ["text"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var (kept, watermark) = conversation.Read(0);

        Assert.Equal(10, kept.Count);
        Assert.Equal("15", kept[0]["text"]!.GetValue<string>());
        Assert.Equal(25, watermark);
        Assert.Equal("24", Assert.Single(conversation.Read(24).Activities)["text"]!.GetValue<string>());
    }

    [Fact]
    public void WhatReadGives_IsACopy()
    {
        var conversation = New();
        var id = conversation.Append(new JsonObject { ["type"] = "message", ["text"] = "hej" });

        conversation.Read(0).Activities[0]["text"] = "ändrad";

        Assert.Equal("hej", conversation.Find(id)!["text"]!.GetValue<string>());
    }
}
