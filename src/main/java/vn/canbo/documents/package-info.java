/**
 * Shared file infrastructure that knows no feature: PDF from Thymeleaf templates with
 * fonts shipped in the application, streaming Excel export, and streaming Excel import
 * that normalises Vietnamese text and reports every bad cell by row, column and reason.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package vn.canbo.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
