/** The training pages and API. */
@NullMarked
package vn.canbo.training.web;

import org.jspecify.annotations.NullMarked;
