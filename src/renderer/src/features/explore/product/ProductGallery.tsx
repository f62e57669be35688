import { useState, type KeyboardEvent } from 'react';
import type { ProductDetail } from '../../../../../shared/contract/explore';
import { ProductImage } from '../ProductImage';

interface ProductGalleryProps {
  sourceId: string;
  name: string;
  images: ProductDetail['images'];
}

const describe = (name: string, image: ProductDetail['images'][number]): string =>
  [name, image.view && `${image.view} view`, image.colour].filter(Boolean).join(', ');

/** A large view and a strip of thumbnails; arrow keys step through the views. */
export const ProductGallery = ({ sourceId, name, images }: ProductGalleryProps) => {
  const [selected, setSelected] = useState(0);
  const current = images[Math.min(selected, images.length - 1)];
  if (!current) {
    return (
      <div className="product-gallery">
        <ProductImage sourceId={sourceId} uri={null} alt={name} className="product-gallery__main" />
      </div>
    );
  }

  const step = (event: KeyboardEvent<HTMLDivElement>): void => {
    const delta =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (delta === 0 || images.length < 2) return;
    event.preventDefault();
    const next = (selected + delta + images.length) % images.length;
    setSelected(next);
    // Focus follows the selection, so a second press keeps moving from the new thumbnail.
    event.currentTarget.querySelectorAll<HTMLButtonElement>('.product-gallery__thumb')[next]?.focus();
  };

  return (
    <div className="product-gallery" onKeyDown={step}>
      <ProductImage
        sourceId={sourceId}
        uri={current.uri}
        alt={describe(name, current)}
        className="product-gallery__main"
      />
      {images.length > 1 && (
        <div className="product-gallery__thumbs" role="group" aria-label="Views (arrow keys switch)">
          {images.map((image, index) => (
            <button
              key={image.uri}
              type="button"
              className="product-gallery__thumb"
              aria-pressed={index === selected}
              aria-label={`Show ${describe(name, image)}`}
              onClick={() => setSelected(index)}
            >
              <ProductImage sourceId={sourceId} uri={image.uri} alt="" />
              {image.view && <span className="product-gallery__view">{image.view}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
};
