using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AgriPole.Cms.BackOffice.Data.Migrations
{
    /// <inheritdoc />
    public partial class LoginAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "backOfficeLoginAttempt",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClientKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AttemptedUnixMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_backOfficeLoginAttempt", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_backOfficeLoginAttempt_AttemptedUnixMs",
                table: "backOfficeLoginAttempt",
                column: "AttemptedUnixMs");

            migrationBuilder.CreateIndex(
                name: "IX_backOfficeLoginAttempt_ClientKey_AttemptedUnixMs",
                table: "backOfficeLoginAttempt",
                columns: new[] { "ClientKey", "AttemptedUnixMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "backOfficeLoginAttempt");
        }
    }
}
