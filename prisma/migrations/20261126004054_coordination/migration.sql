-- AlterTable
ALTER TABLE "Challenge" ADD COLUMN "intakeComment" TEXT;
ALTER TABLE "Challenge" ADD COLUMN "intakeReviewedAt" DATETIME;
ALTER TABLE "Challenge" ADD COLUMN "intakeStatus" TEXT;

-- AlterTable
ALTER TABLE "Company" ADD COLUMN "intakeReviewedAt" DATETIME;

-- CreateTable
CREATE TABLE "CoordinatorRegion" (
    "userId" TEXT NOT NULL,
    "prefectureCode" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "prefectureCode"),
    CONSTRAINT "CoordinatorRegion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "heldOn" DATETIME NOT NULL,
    "topic" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "challengeId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Consultation_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Consultation_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Consultation_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoordinatorNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" TEXT,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CoordinatorNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NoteMention" (
    "noteId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("noteId", "userId"),
    CONSTRAINT "NoteMention_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "CoordinatorNote" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NoteMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubsidyScheme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "prefectureCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "coverage" TEXT NOT NULL,
    "maxAmountYen" INTEGER,
    "url" TEXT,
    "startsOn" DATETIME,
    "endsOn" DATETIME,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Match" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "challengeId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'INTERESTED',
    "message" TEXT NOT NULL DEFAULT '',
    "availabilityConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "professionalAcceptedAt" DATETIME,
    "companyAcceptedAt" DATETIME,
    "initiatedById" TEXT,
    "introducedById" TEXT,
    "endReason" TEXT,
    "endNote" TEXT,
    "contractedAt" DATETIME,
    "completedAt" DATETIME,
    "subsidySchemeId" TEXT,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Match_challengeId_fkey" FOREIGN KEY ("challengeId") REFERENCES "Challenge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Match_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "ProfessionalProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Match_initiatedById_fkey" FOREIGN KEY ("initiatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Match_introducedById_fkey" FOREIGN KEY ("introducedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Match_subsidySchemeId_fkey" FOREIGN KEY ("subsidySchemeId") REFERENCES "SubsidyScheme" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Match" ("availabilityConfirmed", "challengeId", "companyAcceptedAt", "completedAt", "contractedAt", "createdAt", "endNote", "endReason", "id", "initiatedById", "introducedById", "lastActivityAt", "message", "professionalAcceptedAt", "profileId", "source", "stage", "updatedAt") SELECT "availabilityConfirmed", "challengeId", "companyAcceptedAt", "completedAt", "contractedAt", "createdAt", "endNote", "endReason", "id", "initiatedById", "introducedById", "lastActivityAt", "message", "professionalAcceptedAt", "profileId", "source", "stage", "updatedAt" FROM "Match";
DROP TABLE "Match";
ALTER TABLE "new_Match" RENAME TO "Match";
CREATE INDEX "Match_profileId_lastActivityAt_idx" ON "Match"("profileId", "lastActivityAt");
CREATE INDEX "Match_challengeId_stage_idx" ON "Match"("challengeId", "stage");
CREATE INDEX "Match_stage_lastActivityAt_idx" ON "Match"("stage", "lastActivityAt");
CREATE INDEX "Match_introducedById_idx" ON "Match"("introducedById");
CREATE UNIQUE INDEX "Match_challengeId_profileId_key" ON "Match"("challengeId", "profileId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CoordinatorRegion_prefectureCode_idx" ON "CoordinatorRegion"("prefectureCode");

-- CreateIndex
CREATE INDEX "Consultation_companyId_heldOn_idx" ON "Consultation"("companyId", "heldOn");

-- CreateIndex
CREATE INDEX "Consultation_heldOn_idx" ON "Consultation"("heldOn");

-- CreateIndex
CREATE INDEX "CoordinatorNote_subjectType_subjectId_createdAt_idx" ON "CoordinatorNote"("subjectType", "subjectId", "createdAt");

-- CreateIndex
CREATE INDEX "NoteMention_userId_idx" ON "NoteMention"("userId");

-- CreateIndex
CREATE INDEX "SubsidyScheme_prefectureCode_active_idx" ON "SubsidyScheme"("prefectureCode", "active");

-- CreateIndex
CREATE INDEX "Challenge_intakeStatus_idx" ON "Challenge"("intakeStatus");
