import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence files (issue 14): each file's record in `attachments`, its bytes in `attachment_chunks` (pieces of
 * at most 256 KB), and on each task the count of its files (the card's badge).
 */
export class EvidenceFiles1795733600000 implements MigrationInterface {
  name = 'EvidenceFiles1795733600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL, "taskId" uuid NOT NULL, "boardId" uuid NOT NULL, "reportId" uuid, "commentId" uuid, "name" character varying(255) NOT NULL, "size" bigint NOT NULL, "contentType" character varying(127) NOT NULL, "sha256" character varying(64) NOT NULL DEFAULT '', "state" character varying(10) NOT NULL, "thumbnail" bytea, "hasThumbnail" boolean NOT NULL DEFAULT false, "createdById" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "removedAt" TIMESTAMP WITH TIME ZONE, "removedById" uuid, CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f41692eb4523167fd640bf896e" ON "attachments" ("taskId", "createdAt") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_624287a5f202a799b999795587" ON "attachments" ("boardId", "state") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attachment_chunks" ("attachmentId" uuid NOT NULL, "n" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_20889d983bcd3c1a6a75f5cfa6c" PRIMARY KEY ("attachmentId", "n"))`,
    );
    await queryRunner.query(`ALTER TABLE "tasks" ADD "attachmentCount" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_65152e15d915ebe1294160bd1d3" FOREIGN KEY ("taskId") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_f03881377c7d04f2f654327c711" FOREIGN KEY ("reportId") REFERENCES "progress_reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_8921695e038fc28b5d08d431ea6" FOREIGN KEY ("commentId") REFERENCES "comments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_dc7c76ff1aec2667e7f342d1943" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment_chunks" ADD CONSTRAINT "FK_6a50e42ab156de1d3f42d1d3227" FOREIGN KEY ("attachmentId") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "attachment_chunks" DROP CONSTRAINT "FK_6a50e42ab156de1d3f42d1d3227"`,
    );
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_dc7c76ff1aec2667e7f342d1943"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_8921695e038fc28b5d08d431ea6"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_f03881377c7d04f2f654327c711"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_65152e15d915ebe1294160bd1d3"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "attachmentCount"`);
    await queryRunner.query(`DROP TABLE "attachment_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_624287a5f202a799b999795587"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f41692eb4523167fd640bf896e"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
