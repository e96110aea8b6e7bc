package org.imrtreview.model;

import java.util.List;

/**
 * The result of evaluating a case: the recommendation, every row in table order, the documents and
 * checklist, what is missing (SPEC §5 words), plain-language reasons and the problems met.
 */
public record Evaluation(Determination determination, List<RowResult> rows, List<Document> documents,
                         List<ChecklistItem> checklist, List<String> missing, List<String> reasons,
                         List<Problem> problems) {

    public Evaluation {
        rows = List.copyOf(rows);
        documents = List.copyOf(documents);
        checklist = List.copyOf(checklist);
        missing = List.copyOf(missing);
        reasons = List.copyOf(reasons);
        problems = List.copyOf(problems);
    }
}
