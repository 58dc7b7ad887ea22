using Pamir.Core.Actors;
using Pamir.Core.Names;
using Pamir.Tests.Names;

namespace Pamir.Tests.Actors;

public sealed class ActorExtractorTests
{
    [Fact]
    public void One_document_names_each_actor_once_with_all_its_forms_roles_and_spans()
    {
        var doc = Reports.Document(
            "Gen. Gulmurod Khalimov, the former police commander, joined IS in 2015. Col. Khalimov appeared in a video. " +
            "The Islamic State (ISIS) later said Khalimov had become its war minister.");
        var actors = new ActorExtractor().Extract(doc);

        var khalimov = Assert.Single(actors, a => a.Name == "Gulmurod Khalimov");
        Assert.Equal(ActorKind.Person, khalimov.Kind);
        Assert.Equal(3, khalimov.Spans.Count);
        Assert.Contains("Khalimov", khalimov.Forms);
        Assert.Contains("Gen", khalimov.Roles);
        Assert.Contains("the former police commander", khalimov.Roles);

        var state = Assert.Single(actors, a => a.CatalogueId == "islamic-state");
        Assert.Equal(["IS", "Islamic State", "ISIS"], state.Forms);
        Assert.All(actors, a => Assert.Equal(doc.Id, a.DocumentId));
    }

    [Fact]
    public void People_outside_the_catalogue_keep_their_own_full_name()
    {
        var doc = Reports.Document("Activist Shahlo Davlatova was detained. Davlatova had criticised the mayor.");
        var actor = Assert.Single(new ActorExtractor().Extract(doc), a => a.Kind == ActorKind.Person);
        Assert.Equal("Shahlo Davlatova", actor.Name);
        Assert.Null(actor.CatalogueId);
        Assert.Equal(["Shahlo Davlatova", "Davlatova"], actor.Forms);
    }
}
