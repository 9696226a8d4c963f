using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

public sealed class BaseUrlTests
{
    [Fact]
    public void Under_a_sub_path_every_link_carries_it()
    {
        var site = SiteTest.Build(Sites.Small, baseUrl: "/archive/").AssertSucceeded();
        site.AssertFile("output/linzi-gxj/2023/annual-report/index.html",
            "href=\"/archive/assets/css/site.",
            "<li><a href=\"/archive/linzi-gxj/\">临淄区工业和信息化局</a></li>",
            "action=\"/archive/search/\"",
            "! href=\"/linzi-gxj/");
        site.AssertFile("output/sitemap.xml", "<loc>/archive/linzi-gxj/2023/annual-report/</loc>");
    }

    [Fact]
    public void An_absolute_base_url_gives_absolute_feed_ids_and_path_links()
    {
        var site = SiteTest.Build(Sites.Small, baseUrl: "https://gov.example.cn/gk/").AssertSucceeded();
        site.AssertFile("output/index.html", "href=\"/gk/agencies/\"");
        site.AssertFile("output/feed.xml", "<id>https://gov.example.cn/gk/linzi-gxj/2023/annual-report/</id>");
    }
}
