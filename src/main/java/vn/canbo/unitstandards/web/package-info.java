/** The pages and the API of the unit standards analysis. */
@NullMarked
package vn.canbo.unitstandards.web;

import org.jspecify.annotations.NullMarked;
