/** The retirement and raise pages, a person's career page, their exports and the API. */
@NullMarked
package vn.canbo.careers.web;

import org.jspecify.annotations.NullMarked;
