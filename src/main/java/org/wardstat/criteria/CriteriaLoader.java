package org.wardstat.criteria;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Service;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.system.Messages;

/** Files in: the criteria catalogs and assessments, read whole and checked, then stored. */
@Service
public class CriteriaLoader {

    private final CatalogRepository vocabulary;
    private final CriteriaRepository criteria;

    CriteriaLoader(CatalogRepository vocabulary, CriteriaRepository criteria) {
        this.vocabulary = vocabulary;
        this.criteria = criteria;
    }

    /** Loads {@code catalogs.csv}, {@code groups.csv} and the criteria files it names; returns the catalogs. */
    public List<CriteriaCatalog> loadCatalogs(Path catalogsFile, Messages messages) {
        List<CriteriaCatalog> catalogs = CriteriaFiles.read(catalogsFile, vocabulary.load().indicators(), messages);
        criteria.saveCatalogs(catalogs, messages);
        return catalogs;
    }

    /** Loads an assessments file against the stored org units and criteria catalogs; returns the assessments. */
    public List<Assessment> loadAssessments(Path file, Messages messages) {
        Catalog catalog = vocabulary.load();
        List<Assessment> assessments = AssessmentFiles.read(file, catalog, criteria.catalogs(catalog), messages);
        criteria.saveAssessments(assessments);
        return assessments;
    }
}
