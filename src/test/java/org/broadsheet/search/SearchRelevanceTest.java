package org.broadsheet.search;

import org.broadsheet.testsupport.BroadsheetTest;

/** The relevance checks on the embedded Lucene index, the default. */
@BroadsheetTest
class SearchRelevanceTest extends SearchRelevanceChecks {}
