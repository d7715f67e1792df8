using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AgriPole.Cms.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cmsDictionary",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmsDictionary", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "umbracoCacheInstruction",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UtcStamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", nullable: false),
                    Originator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoCacheInstruction", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoContentVersion",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NodeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Cultures = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PerformingUser = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoContentVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "umbracoMedia",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    MediaTypeAlias = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Trashed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StoragePath = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Extension = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FocalPoint = table.Column<string>(type: "TEXT", nullable: true),
                    Crops = table.Column<string>(type: "TEXT", nullable: false),
                    AltText = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoMedia", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "umbracoNode",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContentTypeAlias = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Trashed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InvariantValues = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedInvariantValues = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoNode", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "umbracoContentCulture",
                columns: table => new
                {
                    NodeKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    UrlSegment = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    CustomUrlSegment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PublishedUrlSegment = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    PublishedValues = table.Column<string>(type: "TEXT", nullable: true),
                    PublishDate = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsEdited = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_umbracoContentCulture", x => new { x.NodeKey, x.Culture });
                    table.ForeignKey(
                        name: "FK_umbracoContentCulture_umbracoNode_NodeKey",
                        column: x => x.NodeKey,
                        principalTable: "umbracoNode",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmsDictionary_ItemKey",
                table: "cmsDictionary",
                column: "ItemKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_umbracoCacheInstruction_UtcStamp",
                table: "umbracoCacheInstruction",
                column: "UtcStamp");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoContentVersion_NodeKey_Id",
                table: "umbracoContentVersion",
                columns: new[] { "NodeKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoMedia_ParentKey_SortOrder",
                table: "umbracoMedia",
                columns: new[] { "ParentKey", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_umbracoNode_ContentTypeAlias",
                table: "umbracoNode",
                column: "ContentTypeAlias");

            migrationBuilder.CreateIndex(
                name: "IX_umbracoNode_ParentKey_SortOrder",
                table: "umbracoNode",
                columns: new[] { "ParentKey", "SortOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cmsDictionary");

            migrationBuilder.DropTable(
                name: "umbracoCacheInstruction");

            migrationBuilder.DropTable(
                name: "umbracoContentCulture");

            migrationBuilder.DropTable(
                name: "umbracoContentVersion");

            migrationBuilder.DropTable(
                name: "umbracoMedia");

            migrationBuilder.DropTable(
                name: "umbracoNode");
        }
    }
}
