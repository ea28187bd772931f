using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Assistant.Bot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddDocumentProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Author",
                table: "documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CommissionedBy",
                table: "documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Dated",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForecastBy",
                table: "documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ForecastUntil",
                table: "documents",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Author",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "CommissionedBy",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "Dated",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "ForecastBy",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "ForecastUntil",
                table: "documents");
        }
    }
}
