-- Whether cited passages are shown beside each question while answering (issue 15, item 5); on by default.
ALTER TABLE "Assignment" ADD COLUMN "showPassages" BOOLEAN NOT NULL DEFAULT true;
